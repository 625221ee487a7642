package org.ixwire.bench.bgp;

import io.netty.buffer.ByteBuf;
import java.lang.reflect.Field;
import java.util.List;
import org.opendaylight.protocol.bgp.parser.impl.BGPActivator;
import org.opendaylight.protocol.bgp.parser.spi.BGPExtensionConsumerContext;
import org.opendaylight.protocol.bgp.parser.spi.MessageRegistry;
import org.opendaylight.protocol.bgp.parser.spi.pojo.DefaultBGPExtensionConsumerContext;

/**
 * OpenDaylight bgpcep's BGP parser (bgp-parser-impl 0.18.0, the newest release whose whole
 * dependency tree is on Maven Central and runs on Java 17), built outside OSGi: the base {@link
 * BGPActivator} registered into a {@link DefaultBGPExtensionConsumerContext}, no peer constraints
 * (so no ADD-PATH; bgpcep always reads 4-octet AS_PATHs).
 *
 * <p>Workaround: bgpcep 0.18.0 collects unrecognized attributes (here LARGE_COMMUNITY, type 32,
 * which it does not know) into a list held by the shared {@code SimpleAttributeRegistry} and never
 * clears it, so the second parse of any UPDATE carrying an unrecognized attribute fails with
 * "Multiple entries with same key" (and the list otherwise grows without bound). {@link #parse}
 * clears that list before each parse, through reflection, so that the same message can be parsed
 * repeatedly; the clear of a one-element list costs a few nanoseconds.
 */
final class BgpcepParser {
  private final MessageRegistry registry;
  private final List<?> leakedUnrecognized;

  BgpcepParser() {
    BGPExtensionConsumerContext ctx =
        new DefaultBGPExtensionConsumerContext(List.of(new BGPActivator()));
    registry = ctx.getMessageRegistry();
    Object attributes = ctx.getAttributeRegistry();
    try {
      Field f = attributes.getClass().getDeclaredField("unrecognizedAttributes");
      f.setAccessible(true);
      leakedUnrecognized = (List<?>) f.get(attributes);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("bgpcep internals changed", e);
    }
  }

  /** Parses the whole message in {@code buf} from index 0 (moves its reader index). */
  Object parse(ByteBuf buf) throws Exception {
    leakedUnrecognized.clear();
    buf.readerIndex(0);
    return registry.parseMessage(buf, null);
  }
}
