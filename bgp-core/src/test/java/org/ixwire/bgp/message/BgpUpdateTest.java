package org.ixwire.bgp.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import org.ixwire.bgp.BgpEncoder;
import org.ixwire.bgp.BgpSessionOptions;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.bgp.nlri.PrefixNlri;
import org.junit.jupiter.api.Test;

class BgpUpdateTest {
  @Test
  void retainedMessageOutlivesTheViewAndIsReleasedByItsHolder() {
    Update u =
        Update.builder()
            .origin(0)
            .asPath(64500, 64501)
            .nextHop(IpAddress.parse("192.0.2.1"))
            .communities(0xFFFF029A)
            .announce(PrefixNlri.unicast("198.51.100.0/24"))
            .build();
    ByteBuf buf = BgpEncoder.encode(u, BgpSessionOptions.AS4, PooledByteBufAllocator.DEFAULT);
    UpdateView view = new UpdateView().wrap(buf, 0, buf.readableBytes(), BgpSessionOptions.AS4);
    BgpUpdate owned = view.retainedMessage();
    assertEquals(2, buf.refCnt(), "a retained slice, not a copy");
    buf.release();
    assertEquals(1, owned.refCnt());
    assertTrue(owned.view().attributes().hasCommunity(0xFFFF029A));
    assertEquals(64501, owned.view().attributes().asPath().originAs());
    BgpUpdate dup = owned.retainedDuplicate();
    assertEquals(2, owned.refCnt());
    dup.release();
    owned.release();
    assertEquals(0, buf.refCnt());
  }
}
