package org.ixwire.bgp.nlri;

import com.google.common.primitives.ImmutableIntArray;
import io.netty.buffer.ByteBuf;
import java.util.Objects;
import org.ixwire.bgp.internal.SharedWire;
import org.ixwire.bgp.internal.Wire;

/**
 * An allocation-free cursor over an NLRI field (RFC 4271 §4.3, RFC 4760 §5, RFC 7911 §3, RFC 8277,
 * RFC 4364 §4.3.4): call {@link #next()} until it returns false, reading each route through the
 * accessors. A malformed field stops the walk: {@link #malformed()} then says so, with {@link
 * #errorOffset()} and {@link #errorReason()} (RFC 7606 §5.3).
 *
 * <p>Plain IPv4/IPv6 unicast and multicast, labeled unicast (SAFI 4) and VPN (SAFI 128) are
 * decoded; other families are {@linkplain #isRaw() raw} and yield no routes. Offsets, given and
 * reported, are absolute buffer indices; the buffer's reader and writer indices and reference count
 * are never touched. Valid until the next {@code wrap}, and only while the wrapped buffer is.
 */
public final class NlriCursor {
  private static final int KIND_PLAIN = 0;
  private static final int KIND_LABELED = 1;
  private static final int KIND_VPN = 2;
  private static final int KIND_RAW = 3;
  private static final int MAX_LABELS = 16;

  static {
    SharedWire.register(
        new SharedWire.Nlri() {
          @Override
          public void wrap(
              NlriCursor c, Wire wire, int offset, int length, int afi, int safi, boolean addPath) {
            if (c.wire != wire) {
              c.wire = wire;
            }
            c.init(offset, length, afi, safi, addPath);
          }
        });
  }

  private final Wire own = new Wire(); // the bytes when wrapped on its own
  private Wire wire = own; // own, or the enclosing view's when wrapped as part of it
  // wire's array as of the last wrap: a read loads it from here (through wire, it would take
  // two loads)
  private byte[] mem = own.array();
  private int start;
  private int pos;
  private int end;
  private int afi;
  private int safi;
  private int kind = KIND_RAW; // with afi and safi 0 and maxBits 0: what family(0, 0) sets
  private int maxBits;
  private boolean addPath;

  private int entryOffset;
  private long pathId;
  private int prefixLength;
  private int addressOffset;
  private final int[] labels = new int[MAX_LABELS];
  private int labelCount;
  private long rd;
  private int errorOffset = -1;
  private String errorReason = "";
  private int count;
  private int trailingBitsCount;
  private int firstTrailingBitsOffset = -1;

  /**
   * Positions the cursor before the first route of the NLRI bytes {@code [offset, offset+length)}.
   *
   * @param addPath whether each route starts with a 4-byte path identifier
   * @return this cursor
   */
  public NlriCursor wrap(ByteBuf buf, int offset, int length, int afi, int safi, boolean addPath) {
    wire = own.load(buf, offset, length);
    return init(0, length, afi, safi, addPath); // positions are relative to the range (Wire)
  }

  private NlriCursor init(int offset, int length, int afi, int safi, boolean addPath) {
    byte[] a = wire.array(); // the same but after growth: compared (a store costs GC barriers)
    if (mem != a) {
      mem = a;
    }
    this.start = offset;
    this.end = offset + length;
    this.addPath = addPath;
    if (afi != this.afi || safi != this.safi) {
      family(afi, safi);
    }
    return rewind();
  }

  private void family(int afi, int safi) {
    this.afi = afi;
    this.safi = safi;
    this.maxBits = afi == 1 ? 32 : afi == 2 ? 128 : 0;
    if (maxBits == 0) {
      kind = KIND_RAW;
    } else if (safi == 1 || safi == 2) {
      kind = KIND_PLAIN;
    } else if (safi == 4) {
      kind = KIND_LABELED;
    } else if (safi == 128) {
      kind = KIND_VPN;
    } else {
      kind = KIND_RAW;
    }
  }

  /**
   * Positions the cursor before the first route again, as {@link #wrap} left it (errors and
   * trailing-bit counts are found again while iterating).
   *
   * @return this cursor
   */
  public NlriCursor rewind() {
    pos = start;
    errorOffset = -1; // errorReason is read only while errorOffset >= 0
    count = 0;
    trailingBitsCount = 0;
    firstTrailingBitsOffset = -1;
    labelCount = 0;
    pathId = Nlri.NO_PATH_ID;
    rd = 0;
    prefixLength = 0; // before the first next(), the address accessors read nothing
    addressOffset = start;
    entryOffset = start;
    return this;
  }

  /** Whether the family is one this cursor does not decode (the field is kept raw). */
  public boolean isRaw() {
    return kind == KIND_RAW;
  }

  /**
   * Advances to the next route.
   *
   * @return false at the end of the field, or when the field is malformed (see {@link
   *     #malformed()})
   */
  public boolean next() {
    // Fast path, small enough to be inlined: a well-formed plain prefix without path identifier
    // (the common case); anything else, and every error, takes the general path.
    int p = pos;
    if (p >= end) {
      return false; // as the general path: the end of the field, whatever the family
    }
    if (kind == KIND_PLAIN && !addPath && errorOffset < 0) {
      int bits = Wire.u8(mem, p);
      int q = p + 1 + ((bits + 7) >>> 3);
      if (bits <= maxBits && q <= end) {
        entryOffset = p;
        return accept(p + 1, bits);
      }
    }
    return nextGeneral();
  }

  /**
   * The route of {@code bits} whose address starts at {@code address}: the cursor moves past it.
   */
  private boolean accept(int address, int bits) {
    prefixLength = bits;
    addressOffset = address;
    pos = address + ((bits + 7) >>> 3);
    count++;
    if ((bits & 7) != 0
        && (Wire.u8(mem, pos - 1) & (0xff >>> (bits & 7))) != 0
        && trailingBitsCount++ == 0) {
      firstTrailingBitsOffset = entryOffset;
    }
    return true;
  }

  /** next() for every family and every error; the field does not end at {@code pos} here. */
  private boolean nextGeneral() {
    if (kind == KIND_RAW || errorOffset >= 0) {
      return false;
    }
    entryOffset = pos;
    int p = pos;
    if (addPath) {
      if (end - p < 5) {
        return fail(p, "path identifier and length overrun the NLRI field (RFC 7911)");
      }
      pathId = Wire.u32(mem, p);
      p += 4;
    } else {
      pathId = Nlri.NO_PATH_ID;
    }
    int bits = Wire.u8(mem, p);
    int lenOffset = p;
    p++;
    int bytes = (bits + 7) >>> 3;
    if (bytes > end - p) {
      return fail(lenOffset, "prefix length " + bits + " overruns the NLRI field (RFC 7606 §5.3)");
    }
    labelCount = 0;
    rd = 0;
    if (kind == KIND_LABELED || kind == KIND_VPN) {
      while (true) {
        if (bits < 24) {
          return fail(
              lenOffset, "length " + bits + " leaves no room for the label stack (RFC 8277)");
        }
        if (labelCount == MAX_LABELS) {
          return fail(p, "label stack deeper than " + MAX_LABELS);
        }
        int entry = Wire.u24(mem, p);
        labels[labelCount++] = entry;
        p += 3;
        bits -= 24;
        if ((entry & 1) != 0 || entry == 0x800000 || entry == 0) {
          break;
        }
      }
      if (kind == KIND_VPN) {
        if (bits < 64) {
          return fail(lenOffset, "length leaves no room for the route distinguisher (RFC 4364)");
        }
        rd = Wire.s64(mem, p);
        p += 8;
        bits -= 64;
      }
    }
    if (bits > maxBits) {
      return fail(
          lenOffset,
          "prefix length " + bits + " exceeds " + maxBits + " for AFI " + afi + " (RFC 7606 §5.3)");
    }
    return accept(p, bits);
  }

  private boolean fail(int offset, String reason) {
    errorOffset = offset;
    errorReason = reason;
    return false;
  }

  /**
   * Walks the whole field and reports whether it is well-formed; the cursor is then at the end.
   *
   * @return true if every route parsed
   */
  public boolean validate() {
    while (next()) {
      // walk
    }
    return errorOffset < 0;
  }

  /**
   * Number of routes read so far whose last address byte has bits set beyond the prefix length (RFC
   * 4271 §4.3: irrelevant; values and accessors mask them).
   */
  public int trailingBitsCount() {
    return trailingBitsCount;
  }

  /** Absolute offset of the first route with trailing bits set, or -1. */
  public int firstTrailingBitsOffset() {
    return firstTrailingBitsOffset < 0 ? -1 : firstTrailingBitsOffset + wire.origin();
  }

  /** Whether the walk stopped at a malformed route. */
  public boolean malformed() {
    return errorOffset >= 0;
  }

  /** Absolute offset of the malformation, or -1. */
  public int errorOffset() {
    return errorOffset < 0 ? -1 : errorOffset + wire.origin();
  }

  /** Why the field is malformed, or the empty string. */
  public String errorReason() {
    return errorOffset >= 0 ? errorReason : "";
  }

  /** Number of routes read so far. */
  public int count() {
    return count;
  }

  /** AFI of the field. */
  public int afi() {
    return afi;
  }

  /** SAFI of the field. */
  public int safi() {
    return safi;
  }

  /** Absolute offset of the current route's first byte (path identifier or length). */
  public int entryOffset() {
    return entryOffset + wire.origin();
  }

  /** Length in bytes of the current route's encoding. */
  public int entryLength() {
    return pos - entryOffset;
  }

  /** The current route's path identifier, or {@link Nlri#NO_PATH_ID}. */
  public long pathId() {
    return pathId;
  }

  /** The current route's prefix length in bits (labels and RD excluded). */
  public int prefixLength() {
    return prefixLength;
  }

  /** Absolute offset of the current route's significant address bytes. */
  public int addressOffset() {
    return addressOffset + wire.origin();
  }

  /** Number of significant address bytes, {@code (prefixLength + 7) / 8}. */
  public int addressBytes() {
    return (prefixLength + 7) >>> 3;
  }

  /** The current IPv4 prefix's address as a 32-bit value, trailing bits masked. */
  public int ipv4() {
    // one 32-bit read, then the mask: the bytes past the prefix's own (the next route's, or the
    // zeros every view's copy has past its range, see Wire) are masked off with its trailing bits
    return Wire.s32(mem, addressOffset) & (int) (0xffffffffL << (32 - prefixLength));
  }

  /**
   * Copies the current prefix's address into {@code dst} (4 or 16 bytes), trailing bits masked and
   * the rest zero.
   */
  public void copyAddress(byte[] dst) {
    int n = Math.min(addressBytes(), dst.length);
    System.arraycopy(mem, addressOffset, dst, 0, n);
    for (int i = n; i < dst.length; i++) {
      dst[i] = 0;
    }
    int rem = prefixLength & 7;
    if (rem != 0 && n > 0) {
      dst[n - 1] &= (byte) (0xff << (8 - rem));
    }
  }

  /** Whether bits beyond the prefix length are set in the last address byte (RFC 4271 §4.3). */
  public boolean trailingBitsSet() {
    int rem = prefixLength & 7;
    if (rem == 0) {
      return false;
    }
    int last = Wire.u8(mem, addressOffset + addressBytes() - 1);
    return (last & (0xff >>> rem)) != 0;
  }

  /** Number of label stack entries of the current route (labeled and VPN families). */
  public int labelCount() {
    return labelCount;
  }

  /** Label stack entry {@code i} (24 bits: label, TC, bottom-of-stack). */
  public int labelEntry(int i) {
    return labels[Objects.checkIndex(i, labelCount)];
  }

  /** The current VPN route's route distinguisher (8 bytes as a long). */
  public long routeDistinguisher() {
    return rd;
  }

  /** The current route's prefix as a value (allocates). */
  public Prefix prefix() {
    byte[] address = new byte[afi == 1 ? 4 : 16];
    copyAddress(address); // masked, the rest zero
    return Prefix.adopt(address, prefixLength);
  }

  /** The current route as a value (allocates). */
  public Nlri toValue() {
    AfiSafi family = AfiSafi.of(afi, safi);
    switch (kind) {
      case KIND_LABELED:
        return new LabeledNlri(
            family,
            pathId,
            ImmutableIntArray.copyOf(java.util.Arrays.copyOf(labels, labelCount)),
            prefix());
      case KIND_VPN:
        return new VpnNlri(
            family,
            pathId,
            ImmutableIntArray.copyOf(java.util.Arrays.copyOf(labels, labelCount)),
            new RouteDistinguisher(rd),
            prefix());
      default:
        return new PrefixNlri(family, pathId, prefix());
    }
  }
}
