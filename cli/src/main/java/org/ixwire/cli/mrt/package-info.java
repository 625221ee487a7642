/** The {@code ixwire mrt} command: bgpdump-compatible text and JSON from MRT files. */
@NullMarked
package org.ixwire.cli.mrt;

import org.jspecify.annotations.NullMarked;
