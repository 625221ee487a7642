package org.ixwire.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.util.IllegalReferenceCountException;
import org.ixwire.bgp.attribute.AsPathView;
import org.ixwire.bgp.attribute.PathAttributesView;
import org.ixwire.bgp.message.UpdateView;
import org.ixwire.bgp.nlri.NlriCursor;
import org.junit.jupiter.api.Test;

/**
 * Every view reads alike from every kind of buffer ({@link BufferKinds}): heap, heap slices with an
 * array offset, direct, pooled, composite and read-only buffers.
 */
class ViewBufferKindsTest {
  @Test
  void everyCorpusUpdateReadsAlikeInEveryKindOfBuffer() {
    UpdateSamples.corpus((wire, o, what) -> BufferKinds.check(wire, wire.length, o, what));
  }

  @Test
  void generatedAndCorruptedUpdatesReadAlikeInEveryKindOfBuffer() {
    UpdateSamples.generatedAndCorrupted(
        20261127, 1500, (wire, o, what) -> BufferKinds.check(wire, wire.length, o, what));
  }

  /**
   * A released buffer: Netty's own exception, or (a heap buffer's capacity drops to 0 when it is
   * released) the length check's; never a read of freed or recycled memory.
   */
  @Test
  void aReleasedBufferIsRefusedAtWrap() {
    byte[] wire =
        BgpEncoder.toByteArray(
            org.ixwire.bgp.message.Update.builder().build(), BgpSessionOptions.DEFAULT);
    for (BufferKinds.Kind k : BufferKinds.KINDS) {
      ByteBuf buf = k.make().apply(wire);
      buf.release();
      RuntimeException e =
          assertThrows(
              RuntimeException.class,
              () ->
                  new UpdateView()
                      .wrap(buf, BufferKinds.LEAD, wire.length, BgpSessionOptions.DEFAULT),
              k.name());
      assertTrue(
          e instanceof IllegalReferenceCountException || e instanceof BgpDecodeException,
          k.name() + ": " + e);
      RuntimeException n =
          assertThrows(
              RuntimeException.class,
              () -> new NlriCursor().wrap(buf, BufferKinds.LEAD, 4, 1, 1, false),
              k.name());
      assertTrue(
          n instanceof IllegalReferenceCountException || n instanceof IndexOutOfBoundsException,
          k.name() + ": " + n);
    }
  }

  @Test
  void aRangeOutsideTheBufferIsRefusedAtWrap() {
    // a heap slice: its backing array goes on beyond the slice, which must stay unreadable
    ByteBuf buf = Unpooled.wrappedBuffer(new byte[64]).slice(8, 16);
    assertThrows(
        IndexOutOfBoundsException.class,
        () -> new PathAttributesView().wrap(buf, 4, 13, BgpSessionOptions.DEFAULT));
    assertThrows(
        IndexOutOfBoundsException.class, () -> new NlriCursor().wrap(buf, -1, 4, 1, 1, false));
    assertThrows(IndexOutOfBoundsException.class, () -> new AsPathView().wrap(buf, 16, 1, 4));
    assertEquals(0, new PathAttributesView().wrap(buf, 16, 0, BgpSessionOptions.DEFAULT).count());
  }
}
