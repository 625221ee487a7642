/** The ixwire command-line tool (picocli). */
@NullMarked
package org.ixwire.cli;

import org.jspecify.annotations.NullMarked;
