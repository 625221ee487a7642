/** Implementation details of {@code org.ixwire.pcap}; not exported. */
@NullMarked
package org.ixwire.pcap.internal;

import org.jspecify.annotations.NullMarked;
