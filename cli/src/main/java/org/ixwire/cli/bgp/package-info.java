/** {@code ixwire bgp}: decoding BGP messages from hex, raw files and captures. */
@NullMarked
package org.ixwire.cli.bgp;

import org.jspecify.annotations.NullMarked;
