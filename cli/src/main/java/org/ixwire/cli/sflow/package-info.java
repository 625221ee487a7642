/** The {@code ixwire sflow} command: sflowtool-compatible text, JSON and traffic matrices. */
@NullMarked
package org.ixwire.cli.sflow;

import org.jspecify.annotations.NullMarked;
