package org.ixwire.bgp.attribute;

import static org.ixwire.bgp.error.ErrorAction.AFI_SAFI_DISABLE;
import static org.ixwire.bgp.error.ErrorAction.ATTRIBUTE_DISCARD;
import static org.ixwire.bgp.error.ErrorAction.SESSION_RESET;
import static org.ixwire.bgp.error.ErrorAction.TREAT_AS_WITHDRAW;
import static org.ixwire.bgp.error.ErrorCodes.UPDATE_ATTRIBUTE_FLAGS_ERROR;
import static org.ixwire.bgp.error.ErrorCodes.UPDATE_ATTRIBUTE_LENGTH_ERROR;
import static org.ixwire.bgp.error.ErrorCodes.UPDATE_INVALID_ORIGIN;
import static org.ixwire.bgp.error.ErrorCodes.UPDATE_MALFORMED_AS_PATH;
import static org.ixwire.bgp.error.ErrorCodes.UPDATE_MALFORMED_ATTRIBUTE_LIST;
import static org.ixwire.bgp.error.ErrorCodes.UPDATE_MESSAGE_ERROR;
import static org.ixwire.bgp.error.ErrorCodes.UPDATE_OPTIONAL_ATTRIBUTE_ERROR;
import static org.ixwire.bgp.error.ErrorCodes.UPDATE_UNRECOGNIZED_WELL_KNOWN_ATTRIBUTE;

import com.google.common.collect.ImmutableList;
import io.netty.buffer.ByteBuf;
import java.util.Objects;
import org.ixwire.bgp.BgpSessionOptions;
import org.ixwire.bgp.error.ErrorAction;
import org.ixwire.bgp.error.UpdateIssue;
import org.ixwire.bgp.internal.AttributeValues;
import org.ixwire.bgp.internal.IssueList;
import org.ixwire.bgp.internal.SharedWire;
import org.ixwire.bgp.internal.Wire;
import org.ixwire.bgp.nlri.NlriCursor;
import org.ixwire.bgp.spi.NlriCodecRegistry;

/**
 * An allocation-free, reusable view of a path attributes field (RFC 4271 §4.3), as found in an
 * UPDATE or an MRT RIB entry: {@link #wrap} frames and validates every attribute in one pass,
 * applying the RFC 7606 rules (each problem becomes an {@link UpdateIssue} with its action; the
 * strongest is {@link #action()}), and indexes the known attributes for the typed accessors.
 *
 * <p>Accessors return only well-formed attributes: a malformed or discarded attribute reads as
 * absent (its raw bytes stay reachable through {@link #cursor()}). Of a duplicated attribute the
 * first occurrence counts (RFC 7606 §3 g). Unsigned fields come back as {@code int}/{@code long}.
 *
 * <p>Offsets, given and reported, are absolute buffer indices; the buffer's reader and writer
 * indices and reference count are never touched. The view, and every child view it hands out, is
 * valid until the next {@code wrap}, and only while the wrapped buffer is. Not thread-safe: use one
 * per thread.
 */
public final class PathAttributesView {
  private static final int SLOTS = 256;

  // Which attribute types this wrap found, one bit per type: types 0-63 (every type a typical
  // UPDATE carries) in fields, so that the attribute pass keeps them in a register and has(type)
  // is one load and one bit test; types 64-255 in words 1-3 of the arrays (word 0 unused).
  private long seen0; // appeared (the first occurrence is indexed)
  private long bad0; // found malformed
  private long ok0; // appeared and well-formed: seen0 & ~bad0
  private final long[] seenHigh = new long[4];
  private final long[] okHigh = new long[4];
  private final long[] duplicatedHigh = new long[4];
  private boolean anyHigh; // whether the high words hold anything to clear
  // per type, of its first occurrence: value offset, and flags << 24 | type << 16 | length (the
  // header offset, value length and flags derive from these two); filled by the general pass only
  // (a type repeated, or of 64 and above), and meaningful only for the types the bits say appeared
  // in this wrap
  private final int[] typeValueAt = new int[SLOTS];
  private final int[] typeMetaOf = new int[SLOTS];

  private final IssueList issues = new IssueList();
  private final NlriCursor scratchNlri = new NlriCursor();
  private final NlriCursor reachNlri = new NlriCursor();
  private final NlriCursor unreachNlri = new NlriCursor();
  private final AsPathView asPathView = new AsPathView();
  private final AsPathView as4PathView = new AsPathView();
  private final AttributeCursor cursor = new AttributeCursor();
  // every framed attribute in wire order: value offset, and flags << 24 | type << 16 | length
  private int[] orderValue = new int[16];
  private int[] orderMeta = new int[16];

  static {
    SharedWire.register(
        new SharedWire.Attributes() {
          @Override
          public void wrap(
              PathAttributesView view,
              Wire wire,
              int offset,
              int length,
              BgpSessionOptions options) {
            if (view.wire != wire) {
              view.wire = wire;
            }
            view.init(offset, length, options);
          }
        });
  }

  // where the typed accessors find the value offset and meta of a type t below 64: at index
  // bitCount(rankMask & ((1L << t) - 1)) of rankValue/rankMeta. After the ascending-order loop
  // these are the wire-order arrays and rankMask is seen0, so the index is t's position; after
  // the general pass the per-type tables, and rankMask is all ones, so the index is t
  private long rankMask = -1L;
  private boolean perTypeNext; // whether walk() starts with the per-type pass
  private int[] rankValue = typeValueAt;
  private int[] rankMeta = typeMetaOf;

  private int slot(int t) {
    return Long.bitCount(rankMask & ((1L << t) - 1));
  }

  // the first occurrence's value offset (relative) and meta: meaningful only for a type present
  private int valueAt(int t) {
    return t < 64 ? rankValue[slot(t)] : typeValueAt[t];
  }

  private int metaOf(int t) {
    return t < 64 ? rankMeta[slot(t)] : typeMetaOf[t];
  }

  private final Wire own = new Wire(); // the bytes when wrapped on its own
  private Wire wire = own; // own, or the enclosing view's when wrapped as part of it
  // wire's array as of the last wrap: a read loads it from here (through wire, it would take
  // two loads)
  private byte[] mem = own.array();
  private int start;
  private int end;
  private int framedEnd;
  private int count;
  private BgpSessionOptions options = BgpSessionOptions.DEFAULT;
  private int reachNhOffset;
  private int reachNhLength;
  private int reachNlriOffset;
  private int reachNlriLength;
  private int reachAfi;
  private int reachSafi;
  private int unreachNlriOffset;
  private int unreachNlriLength;
  private int unreachAfi;
  private int unreachSafi;

  /**
   * Frames and validates the attributes in {@code [offset, offset+length)} of {@code buf} under
   * {@code options}. Never throws for malformed content: problems are {@linkplain #issues()
   * issues}.
   *
   * @return this view
   */
  public PathAttributesView wrap(ByteBuf buf, int offset, int length, BgpSessionOptions options) {
    wire = own.load(buf, offset, length);
    return init(0, length, options); // positions are relative to the loaded range (Wire)
  }

  private PathAttributesView init(int offset, int length, BgpSessionOptions options) {
    byte[] a = wire.array(); // the same but after growth: compared (a store costs GC barriers)
    if (mem != a) {
      mem = a;
    }
    this.start = offset;
    this.end = offset + length;
    if (this.options != options) {
      this.options = options;
    }
    bad0 = 0; // seen0, ok0 and count: the attribute pass sets them
    if (anyHigh) {
      java.util.Arrays.fill(seenHigh, 0);
      java.util.Arrays.fill(okHigh, 0);
      java.util.Arrays.fill(duplicatedHigh, 0);
      anyHigh = false;
    }
    issues.clear();
    // the MP_REACH/MP_UNREACH fields are read only while has(14)/has(15) say this wrap set them
    walk();
    return this;
  }

  /**
   * The attribute pass: frames each attribute, keeps it in wire order, and checks it. While the
   * types come in ascending order and below 64 (RFC 4271 §5 suggests it, and most speakers do), a
   * type's rank among the types present is its position in wire order: the typed accessors find it
   * there, and this loop stores nothing per type. Stores per type inside this loop, with addresses
   * that depend on the bytes just read, cost more than the framing itself (docs/benchmarks.md). The
   * first type out of that order (as from speakers that send MP_REACH_NLRI first or last), or
   * repeated, hands the rest of the field to {@link #walkGeneral}, and the next wrap starts there.
   */
  private void walk() {
    // room for as many attributes as the field can hold, so that the loops never grow the arrays
    int most = (end - start) / 3 + 1;
    if (orderValue.length < most) {
      orderValue = new int[Math.max(most, 2 * orderValue.length)];
      orderMeta = new int[orderValue.length];
    }
    if (perTypeNext) { // the last wrap's types were not ascending: most likely not these either
      walkGeneral(start, 0, 0);
      return;
    }
    int p = start;
    long seen = 0;
    int last = -1; // the previous type
    int n = 0;
    while (p < end) {
      // the copy has zeros beyond the wrapped range (Wire), so the header reads stay in the array
      // even when the field ends within the header: one check below catches both overruns
      int f = Wire.u8(mem, p);
      int type = Wire.u8(mem, p + 1);
      int h = (f & AttributeFlags.EXTENDED_LENGTH) != 0 ? 4 : 3;
      int len = h == 4 ? Wire.u16(mem, p + 2) : Wire.u8(mem, p + 2);
      int v = p + h;
      if (len > end - v) {
        overrun(p, h, type, len);
        break;
      }
      if (type <= last || type >= 64) {
        walkGeneral(p, n, seen);
        return;
      }
      last = type;
      orderValue[n] = v;
      orderMeta[n] = f << 24 | type << 16 | len;
      n++;
      seen |= 1L << type;
      if (!wellFormed(type, f, v, len)) {
        validate(type, f, p, v, len);
      }
      p = v + len;
    }
    // written out, not in a helper shared with walkGeneral: with the call this method fell under
    // C2's 325-byte inlining limit, and inlined into UpdateView.body the walk ran ~6 ns slower
    count = n;
    seen0 = seen;
    ok0 = seen & ~bad0;
    framedEnd = p;
    rankMask = seen;
    if (rankValue != orderValue) { // a reference store costs GC barriers; mostly not needed
      rankValue = orderValue;
      rankMeta = orderMeta;
    }
  }

  /**
   * The attribute pass from {@code p} on, where the first {@code n} attributes (types {@code seen})
   * came in ascending order: indexes every type's first occurrence in the per-type tables, where
   * the typed accessors then find them, and reports repeats (RFC 7606 §3 g). Notes whether the next
   * wrap should start here: unless the whole field was in ascending order after all.
   */
  private void walkGeneral(int p, int n, long seen) {
    for (int i = 0; i < n; i++) {
      int meta = orderMeta[i];
      typeValueAt[meta >>> 16 & 0xff] = orderValue[i];
      typeMetaOf[meta >>> 16 & 0xff] = meta;
    }
    long duplicated = 0;
    int last = n == 0 ? -1 : 64; // ascending below 64 from the start: the next wrap tries the loop
    while (p < end) {
      // the framing repeats walk()'s: one loop for both, with a mode test, would change the shape
      // of the hot loop, which C2 compiles well only as it is (docs/benchmarks.md)
      int f = Wire.u8(mem, p);
      int type = Wire.u8(mem, p + 1);
      int h = (f & AttributeFlags.EXTENDED_LENGTH) != 0 ? 4 : 3;
      int len = h == 4 ? Wire.u16(mem, p + 2) : Wire.u8(mem, p + 2);
      int v = p + h;
      if (len > end - v) {
        overrun(p, h, type, len);
        break;
      }
      int meta = f << 24 | type << 16 | len;
      orderValue[n] = v;
      orderMeta[n] = meta;
      n++;
      last = type > last && type < 64 ? type : 64;
      if (type < 64) {
        long bit = 1L << type;
        if ((seen & bit) == 0) {
          seen |= bit;
          typeValueAt[type] = v;
          typeMetaOf[type] = meta;
          if (!wellFormed(type, f, v, len)) {
            validate(type, f, p, v, len);
          }
        } else if ((duplicated & bit) == 0) {
          // one issue per duplicated type: a message of 20k repeats must not cost 20k issues
          duplicated |= bit;
          duplicate(type, p);
        }
      } else {
        high(type, f, p, v, len, meta);
      }
      p = v + len;
    }
    count = n;
    seen0 = seen;
    ok0 = seen & ~bad0;
    framedEnd = p;
    perTypeNext = last >= 64;
    rankMask = -1L;
    if (rankValue != typeValueAt) {
      rankValue = typeValueAt;
      rankMeta = typeMetaOf;
    }
  }

  /** The issue for an attribute whose header or value runs past the field (RFC 7606 §4). */
  private void overrun(int p, int h, int type, int len) {
    int remaining = end - p;
    if (remaining < h) {
      issues.add(
          -1,
          TREAT_AS_WITHDRAW,
          UPDATE_MESSAGE_ERROR,
          UPDATE_MALFORMED_ATTRIBUTE_LIST,
          Bytes.EMPTY,
          p + wire.origin(),
          remaining + " bytes left, too few for an attribute header (RFC 7606 §4)");
    } else {
      int v = p + h;
      issues.add(
          type,
          TREAT_AS_WITHDRAW,
          UPDATE_MESSAGE_ERROR,
          UPDATE_ATTRIBUTE_LENGTH_ERROR,
          wire.buffer(),
          p + wire.origin(),
          remaining,
          p + wire.origin(),
          "attribute length "
              + len
              + " overruns the attributes field by "
              + (len - (end - v))
              + " bytes (RFC 7606 §4)");
    }
  }

  /** A type of 64 or more (rare): the same steps as the attribute pass, on the high words. */
  private void high(int type, int flags, int hdr, int v, int len, int meta) {
    int w = type >>> 6;
    long bit = 1L << type;
    anyHigh = true;
    if ((seenHigh[w] & bit) == 0) {
      seenHigh[w] |= bit;
      okHigh[w] |= bit;
      typeValueAt[type] = v;
      typeMetaOf[type] = meta;
      validate(type, flags, hdr, v, len);
    } else if ((duplicatedHigh[w] & bit) == 0) {
      duplicatedHigh[w] |= bit;
      duplicate(type, hdr);
    }
  }

  /** The issue for the first repeat of {@code type} (RFC 7606 §3 g). */
  private void duplicate(int type, int hdr) {
    if (type == 14 || type == 15) {
      issues.add(
          type,
          SESSION_RESET,
          UPDATE_MESSAGE_ERROR,
          UPDATE_MALFORMED_ATTRIBUTE_LIST,
          Bytes.EMPTY,
          hdr + wire.origin(),
          AttributeType.of(type) + " appears more than once (RFC 7606 §3 g)");
    } else {
      issues.add(
          type,
          ATTRIBUTE_DISCARD,
          UPDATE_MESSAGE_ERROR,
          UPDATE_MALFORMED_ATTRIBUTE_LIST,
          Bytes.EMPTY,
          hdr + wire.origin(),
          AttributeType.of(type)
              + " appears more than once; later occurrences discarded"
              + " (RFC 7606 §3 g)");
    }
  }

  /**
   * A quick check of the attributes of a typical UPDATE: true only when {@link #validate} would
   * find nothing wrong (same flag and length rules); false sends the attribute to the full
   * validation, which also handles every other type.
   *
   * <p>C2 compiles it on its own rather than into the attribute pass (its bytecode is above the
   * hot-inlining limit of 325 bytes): the pass then keeps its loop state in registers instead of
   * spilling it around every check, 3–5 ns faster for a typical UPDATE (docs/benchmarks.md).
   */
  private boolean wellFormed(int type, int flags, int v, int len) {
    int f = flags & 0xc0;
    switch (type) {
      case 1:
        return (f == AttributeFlags.WELL_KNOWN & len == 1) && Wire.u8(mem, v) <= 2;
      case 2:
        return f == AttributeFlags.WELL_KNOWN
            && checkAsPath(v, len, options.fourOctetAs() ? 4 : 2, false) == null;
      case 3:
        return f == AttributeFlags.WELL_KNOWN & len == 4;
      case 4:
        return f == AttributeFlags.OPTIONAL_NON_TRANSITIVE & len == 4;
      case 5:
        return f == AttributeFlags.WELL_KNOWN & len == 4 & !options.ebgp();
      case 8:
        return f == AttributeFlags.OPTIONAL_TRANSITIVE & len != 0 & (len & 3) == 0;
      case 32:
        return f == AttributeFlags.OPTIONAL_TRANSITIVE & len != 0 & len % 12 == 0;
      default:
        return false;
    }
  }

  private void malformed(
      int type, ErrorAction action, int subcode, int hdr, int v, int len, String why) {
    if (type < 64) {
      bad0 |= 1L << type; // ok0 is seen0 & ~bad0 once the attribute pass ends
    } else {
      okHigh[type >>> 6] &= ~(1L << type);
    }
    // NOTIFICATION data for attribute errors is the erroneous attribute (RFC 4271 §6.3)
    issues.add(
        type,
        action,
        UPDATE_MESSAGE_ERROR,
        subcode,
        wire.buffer(),
        hdr + wire.origin(),
        v + len - hdr,
        hdr + wire.origin(),
        AttributeType.of(type) + ": " + why);
  }

  private void validate(int type, int flags, int hdr, int v, int len) {
    int spec = AttributeFlags.specified(type);
    if (spec < 0) {
      if ((flags & AttributeFlags.OPTIONAL) == 0) {
        malformed(
            type,
            SESSION_RESET,
            UPDATE_UNRECOGNIZED_WELL_KNOWN_ATTRIBUTE,
            hdr,
            v,
            len,
            "unrecognized well-known attribute (RFC 4271 §6.3)");
      } else if (type == 128 && len < 4) {
        malformed(
            type,
            TREAT_AS_WITHDRAW,
            UPDATE_OPTIONAL_ATTRIBUTE_ERROR,
            hdr,
            v,
            len,
            "ATTR_SET shorter than its origin AS (RFC 7606 §7.16)");
      }
      return;
    }
    if ((flags & 0xc0) != spec) {
      ErrorAction a;
      switch (type) {
        case 6:
        case 7:
        case 17:
        case 18:
        case 26:
          a = ATTRIBUTE_DISCARD;
          break;
        case 14:
        case 15:
          a = len >= 3 ? AFI_SAFI_DISABLE : SESSION_RESET;
          break;
        case 5:
        case 9:
        case 10:
          a = options.ebgp() ? ATTRIBUTE_DISCARD : TREAT_AS_WITHDRAW;
          break;
        default:
          a = TREAT_AS_WITHDRAW;
      }
      malformed(
          type,
          a,
          UPDATE_ATTRIBUTE_FLAGS_ERROR,
          hdr,
          v,
          len,
          "flags "
              + AttributeFlags.toString(flags)
              + " conflict with "
              + AttributeFlags.toString(spec)
              + " (RFC 7606 §3 c)");
      return;
    }
    switch (type) {
      case 1:
        if (len != 1) {
          fixedLength(type, hdr, v, len, 1, TREAT_AS_WITHDRAW, "RFC 7606 §7.1");
        } else if (Wire.u8(mem, v) > 2) {
          malformed(
              type,
              TREAT_AS_WITHDRAW,
              UPDATE_INVALID_ORIGIN,
              hdr,
              v,
              len,
              "undefined value " + Wire.u8(mem, v) + " (RFC 7606 §7.1)");
        }
        break;
      case 2:
        {
          String why = checkAsPath(v, len, options.fourOctetAs() ? 4 : 2, false);
          if (why != null) {
            malformed(
                type,
                TREAT_AS_WITHDRAW,
                UPDATE_MALFORMED_AS_PATH,
                hdr,
                v,
                len,
                why + " (RFC 7606 §7.2)");
          }
          break;
        }
      case 3:
        fixedLength(type, hdr, v, len, 4, TREAT_AS_WITHDRAW, "RFC 7606 §7.3");
        break;
      case 4:
        fixedLength(type, hdr, v, len, 4, TREAT_AS_WITHDRAW, "RFC 7606 §7.4");
        break;
      case 5:
        if (options.ebgp()) {
          fromExternalPeer(type, hdr, v, len, "RFC 7606 §7.5");
        } else {
          fixedLength(type, hdr, v, len, 4, TREAT_AS_WITHDRAW, "RFC 7606 §7.5");
        }
        break;
      case 6:
        fixedLength(type, hdr, v, len, 0, ATTRIBUTE_DISCARD, "RFC 7606 §7.6");
        break;
      case 7:
        {
          int want = options.fourOctetAs() ? 8 : 6;
          fixedLength(type, hdr, v, len, want, ATTRIBUTE_DISCARD, "RFC 7606 §7.7");
          break;
        }
      case 8:
        multiple(type, hdr, v, len, 4, TREAT_AS_WITHDRAW, "RFC 7606 §7.8");
        break;
      case 9:
        if (options.ebgp()) {
          fromExternalPeer(type, hdr, v, len, "RFC 7606 §7.9");
        } else {
          fixedLength(type, hdr, v, len, 4, TREAT_AS_WITHDRAW, "RFC 7606 §7.9");
        }
        break;
      case 10:
        if (options.ebgp()) {
          fromExternalPeer(type, hdr, v, len, "RFC 7606 §7.10");
        } else {
          multiple(type, hdr, v, len, 4, TREAT_AS_WITHDRAW, "RFC 7606 §7.10");
        }
        break;
      case 14:
        validateMpReach(hdr, v, len);
        break;
      case 15:
        validateMpUnreach(hdr, v, len);
        break;
      case 16:
        multiple(type, hdr, v, len, 8, TREAT_AS_WITHDRAW, "RFC 7606 §7.14");
        break;
      case 17:
        {
          if (options.fourOctetAs()) {
            malformed(
                type,
                ATTRIBUTE_DISCARD,
                UPDATE_OPTIONAL_ATTRIBUTE_ERROR,
                hdr,
                v,
                len,
                "received on a 4-octet AS session, ignored (RFC 6793 §4.1)");
            break;
          }
          String why = checkAsPath(v, len, 4, true);
          if (why != null) {
            malformed(
                type,
                ATTRIBUTE_DISCARD,
                UPDATE_OPTIONAL_ATTRIBUTE_ERROR,
                hdr,
                v,
                len,
                why + " (RFC 6793 §6)");
          }
          break;
        }
      case 18:
        if (options.fourOctetAs()) {
          malformed(
              type,
              ATTRIBUTE_DISCARD,
              UPDATE_OPTIONAL_ATTRIBUTE_ERROR,
              hdr,
              v,
              len,
              "received on a 4-octet AS session, ignored (RFC 6793 §4.1)");
        } else {
          fixedLength(type, hdr, v, len, 8, ATTRIBUTE_DISCARD, "RFC 6793 §6");
        }
        break;
      case 25:
        multiple(type, hdr, v, len, 20, TREAT_AS_WITHDRAW, "RFC 7606 §7.15");
        break;
      case 26:
        {
          String why = checkAigp(v, len);
          if (why != null) {
            malformed(
                type,
                ATTRIBUTE_DISCARD,
                UPDATE_OPTIONAL_ATTRIBUTE_ERROR,
                hdr,
                v,
                len,
                why + " (RFC 7311 §3.4)");
          }
          break;
        }
      case 32:
        multiple(type, hdr, v, len, 12, TREAT_AS_WITHDRAW, "RFC 8092 §6");
        break;
      case 35:
        fixedLength(type, hdr, v, len, 4, TREAT_AS_WITHDRAW, "RFC 9234 §5");
        break;
      default:
        break;
    }
  }

  private void fixedLength(
      int type, int hdr, int v, int len, int want, ErrorAction a, String rule) {
    if (len != want) {
      malformed(
          type,
          a,
          UPDATE_ATTRIBUTE_LENGTH_ERROR,
          hdr,
          v,
          len,
          "length " + len + " is not " + want + " (" + rule + ")");
    }
  }

  private void fromExternalPeer(int type, int hdr, int v, int len, String rule) {
    malformed(
        type,
        ATTRIBUTE_DISCARD,
        UPDATE_MALFORMED_ATTRIBUTE_LIST,
        hdr,
        v,
        len,
        "received from an external peer (" + rule + ")");
  }

  private void multiple(int type, int hdr, int v, int len, int unit, ErrorAction a, String rule) {
    if (len == 0 || len % unit != 0) {
      malformed(
          type,
          a,
          UPDATE_OPTIONAL_ATTRIBUTE_ERROR,
          hdr,
          v,
          len,
          "length " + len + " is not a non-zero multiple of " + unit + " (" + rule + ")");
    }
  }

  private @org.jspecify.annotations.Nullable String checkAsPath(
      int v, int len, int width, boolean as4) {
    int p = v;
    int e = v + len;
    while (p < e) {
      if (e - p < 2) {
        return "one byte left after the last segment";
      }
      int t = Wire.u8(mem, p);
      int n = Wire.u8(mem, p + 1);
      if (t < 1 || t > 4) {
        return "unrecognized segment type " + t;
      }
      if (n == 0) {
        return "segment of length zero";
      }
      if (as4 && t > 2) {
        return "confederation segment in AS4_PATH";
      }
      if (n * width > e - p - 2) {
        return "segment of " + n + " ASNs overruns the attribute";
      }
      p += 2 + n * width;
    }
    return null;
  }

  private @org.jspecify.annotations.Nullable String checkAigp(int v, int len) {
    int p = v;
    int e = v + len;
    if (len == 0) {
      return "empty";
    }
    while (p < e) {
      if (e - p < 3) {
        return "truncated TLV header";
      }
      int l = Wire.u16(mem, p + 1);
      if (l < 3 || l > e - p) {
        return "TLV length " + l + " invalid";
      }
      if (Wire.u8(mem, p) == 1 && l != 11) {
        return "AIGP TLV length " + l + " is not 11";
      }
      p += l;
    }
    return null;
  }

  private static boolean nextHopLengthOk(int afi, int safi, int nh) {
    if (afi == 1) {
      if (safi == 1 || safi == 2 || safi == 4) {
        return nh == 4 || nh == 16 || nh == 32; // RFC 8950 allows IPv6 next hops
      }
      if (safi == 128) {
        return nh == 12 || nh == 24 || nh == 48;
      }
    } else if (afi == 2) {
      if (safi == 1 || safi == 2 || safi == 4) {
        return nh == 16 || nh == 32 || nh == 4; // IPv4-mapped deployments send 4 rarely
      }
      if (safi == 128) {
        return nh == 24 || nh == 48;
      }
    }
    return true;
  }

  private void validateMpReach(int hdr, int v, int len) {
    if (options.abbreviatedMpReach() && len >= 1 && Wire.u8(mem, v) + 1 == len) {
      // RFC 6396 §4.3.4: only next-hop length and next hop; AFI/SAFI come from the RIB record.
      reachAfi = 0;
      reachSafi = 0;
      reachNhOffset = v + 1;
      reachNhLength = len - 1;
      reachNlriOffset = v + len;
      reachNlriLength = 0;
      return;
    }
    if (len < 5) {
      malformed(
          14,
          SESSION_RESET,
          UPDATE_OPTIONAL_ATTRIBUTE_ERROR,
          hdr,
          v,
          len,
          "length " + len + " is less than 5 (RFC 7606 §5.3)");
      return;
    }
    int afi = Wire.u16(mem, v);
    int safi = Wire.u8(mem, v + 2);
    int nh = Wire.u8(mem, v + 3);
    if (nh + 5 > len) {
      malformed(
          14,
          AFI_SAFI_DISABLE,
          UPDATE_OPTIONAL_ATTRIBUTE_ERROR,
          hdr,
          v,
          len,
          "next hop length " + nh + " overruns the attribute (RFC 7606 §7.11)");
      return;
    }
    if (!nextHopLengthOk(afi, safi, nh)) {
      malformed(
          14,
          AFI_SAFI_DISABLE,
          UPDATE_OPTIONAL_ATTRIBUTE_ERROR,
          hdr,
          v,
          len,
          "next hop length "
              + nh
              + " unexpected for AFI/SAFI "
              + afi
              + "/"
              + safi
              + " (RFC 7606 §7.11)");
      return;
    }
    int nlriOff = v + 4 + nh + 1;
    int nlriLen = v + len - nlriOff;
    if (!over(scratchNlri, nlriOff, nlriLen, afi, safi).validate()) {
      malformed(
          14,
          AFI_SAFI_DISABLE,
          UPDATE_OPTIONAL_ATTRIBUTE_ERROR,
          hdr,
          v,
          len,
          scratchNlri.errorReason() + " at offset " + scratchNlri.errorOffset());
      return;
    }
    trailingBits(14, scratchNlri);
    reachAfi = afi;
    reachSafi = safi;
    reachNhOffset = v + 4;
    reachNhLength = nh;
    reachNlriOffset = nlriOff;
    reachNlriLength = nlriLen;
  }

  private void validateMpUnreach(int hdr, int v, int len) {
    if (len < 3) {
      malformed(
          15,
          SESSION_RESET,
          UPDATE_OPTIONAL_ATTRIBUTE_ERROR,
          hdr,
          v,
          len,
          "length " + len + " is less than 3 (RFC 7606 §5.3)");
      return;
    }
    int afi = Wire.u16(mem, v);
    int safi = Wire.u8(mem, v + 2);
    if (!over(scratchNlri, v + 3, len - 3, afi, safi).validate()) {
      malformed(
          15,
          AFI_SAFI_DISABLE,
          UPDATE_OPTIONAL_ATTRIBUTE_ERROR,
          hdr,
          v,
          len,
          scratchNlri.errorReason() + " at offset " + scratchNlri.errorOffset());
      return;
    }
    trailingBits(15, scratchNlri);
    unreachAfi = afi;
    unreachSafi = safi;
    unreachNlriOffset = v + 3;
    unreachNlriLength = len - 3;
  }

  /** {@code c} wrapped over NLRI of this field, reading the bytes this view loaded. */
  private NlriCursor over(NlriCursor c, int offset, int length, int afi, int safi) {
    SharedWire.nlri().wrap(c, wire, offset, length, afi, safi, options.addPathReceive(afi, safi));
    return c;
  }

  private void trailingBits(int type, NlriCursor c) {
    if (c.trailingBitsCount() > 0) {
      issues.add(
          type,
          ErrorAction.NONE,
          0,
          0,
          Bytes.EMPTY,
          c.firstTrailingBitsOffset(),
          AttributeType.of(type)
              + ": "
              + c.trailingBitsCount()
              + " prefix(es) with bits set beyond the prefix length, masked (RFC 4271 §4.3)");
    }
  }

  // ---------------------------------------------------------------- outcome

  /** The strongest RFC 7606 action of all issues, {@link ErrorAction#NONE} when well-formed. */
  public ErrorAction action() {
    return issues.strongest();
  }

  /** The number of issues found. */
  public int issueCount() {
    return issues.size();
  }

  /** Issue {@code i}. */
  public UpdateIssue issue(int i) {
    return issues.get(i);
  }

  /** The issues (allocates a copy). */
  public ImmutableList<UpdateIssue> issues() {
    return issues.toList();
  }

  /** The collector, for {@code UpdateView}'s message-level checks. */
  IssueList issueList() {
    return issues;
  }

  /** The number of attributes framed. */
  public int count() {
    return count;
  }

  /** The options the view was wrapped with. */
  public BgpSessionOptions options() {
    return options;
  }

  /** The buffer the view reads. */
  public ByteBuf buffer() {
    return wire.buffer();
  }

  /** Absolute offset of the attributes field. */
  public int offset() {
    return start + wire.origin();
  }

  /** Length of the attributes field. */
  public int length() {
    return end - start;
  }

  /** A cursor over every attribute in wire order, known or not, malformed or not. */
  public AttributeCursor cursor() {
    return cursor.wrap(wire, orderValue, orderMeta, count);
  }

  // ---------------------------------------------------------------- generic access

  /** Whether attribute {@code type} is present and well-formed. */
  public boolean has(int type) {
    if ((type & ~63) == 0) {
      return (ok0 >>> type & 1) != 0;
    }
    return (okHigh[Objects.checkIndex(type, SLOTS) >>> 6] >>> type & 1) != 0;
  }

  /** Whether attribute {@code type} is present at all (well-formed or not). */
  public boolean isPresent(int type) {
    if ((type & ~63) == 0) {
      return (seen0 >>> type & 1) != 0;
    }
    return (seenHigh[Objects.checkIndex(type, SLOTS) >>> 6] >>> type & 1) != 0;
  }

  /** Absolute offset of the (first) attribute {@code type}'s value; check {@link #isPresent}. */
  public int valueOffset(int type) {
    return valueAt(type) + wire.origin();
  }

  /** Length of the (first) attribute {@code type}'s value; check {@link #isPresent}. */
  public int valueLength(int type) {
    return metaOf(type) & 0xffff;
  }

  /** Flags of the (first) attribute {@code type}; check {@link #isPresent}. */
  public int flags(int type) {
    return metaOf(type) >>> 24;
  }

  /** Absolute offset of the (first) attribute {@code type}'s flags byte. */
  public int headerOffset(int type) {
    return valueOffset(type) - ((metaOf(type) & AttributeFlags.EXTENDED_LENGTH << 24) != 0 ? 4 : 3);
  }

  // ---------------------------------------------------------------- typed access

  /** ORIGIN (0 IGP, 1 EGP, 2 INCOMPLETE), or -1 when absent or malformed. */
  public int origin() {
    return has(1) ? Wire.u8(mem, valueAt(1)) : -1;
  }

  /** Whether a well-formed AS_PATH is present. */
  public boolean hasAsPath() {
    return has(2);
  }

  /** The AS_PATH (an empty view when absent or malformed). */
  public AsPathView asPath() {
    return has(2)
        ? asPathView.wrap(wire, valueAt(2), valueLength(2), options.fourOctetAs() ? 4 : 2)
        : asPathView.wrap(wire, start, 0, 4);
  }

  /** Whether a well-formed AS4_PATH that is not to be ignored is present (RFC 6793 §4.2.3). */
  public boolean hasAs4Path() {
    if (!has(17) || options.fourOctetAs()) {
      return false;
    }
    // AS4_PATH and AS4_AGGREGATOR are ignored when AGGREGATOR carries a real 2-octet AS.
    if (has(7) && has(18) && aggregatorAs() != AsPath.AS_TRANS) {
      return false;
    }
    return true;
  }

  /** The AS4_PATH (an empty view when absent, malformed or to be ignored). */
  public AsPathView as4Path() {
    return hasAs4Path()
        ? as4PathView.wrap(wire, valueAt(17), valueLength(17), 4)
        : as4PathView.wrap(wire, start, 0, 4);
  }

  /**
   * The AS path a 4-octet speaker would see (allocates): the AS_PATH, merged with AS4_PATH on a
   * 2-octet session as RFC 6793 §4.2.3 says.
   */
  public AsPath effectiveAsPath() {
    AsPath p = asPath().toValue();
    if (hasAs4Path()) {
      return AsPath.merge(p, as4Path().toValue());
    }
    return p;
  }

  /**
   * The origin AS a 4-octet speaker would see, without allocating: the last ASN of the AS path
   * after the RFC 6793 §4.2.3 merge with AS4_PATH on 2-octet sessions; -1 when the path ends in a
   * set or is empty.
   */
  public long effectiveOriginAs() {
    if (hasAs4Path()) {
      AsPathView q = as4Path();
      int n4 = q.pathLength();
      if (n4 > 0 && asPath().pathLength() >= n4) {
        long origin = -1;
        q.reset();
        while (q.nextSegment()) {
          int t = q.segmentType();
          if (t == AsPath.AS_SEQUENCE && q.segmentLength() > 0) {
            origin = q.asn(q.segmentLength() - 1);
          } else if (t == AsPath.AS_SET) {
            origin = -1;
          }
        }
        q.reset();
        return origin;
      }
    }
    return asPath().originAs();
  }

  /** Whether a well-formed NEXT_HOP is present. */
  public boolean hasNextHop() {
    return has(3);
  }

  /** NEXT_HOP as a 32-bit IPv4 value; 0 when absent or malformed ({@link #hasNextHop()}). */
  public int nextHop() {
    return has(3) ? Wire.s32(mem, valueAt(3)) : 0;
  }

  /** Whether a well-formed MULTI_EXIT_DISC is present. */
  public boolean hasMed() {
    return has(4);
  }

  /** MULTI_EXIT_DISC (unsigned); 0 when absent or malformed ({@link #hasMed()}). */
  public long med() {
    return has(4) ? Wire.u32(mem, valueAt(4)) : 0;
  }

  /** Whether a well-formed LOCAL_PREF is present (never on eBGP, RFC 7606 §7.5). */
  public boolean hasLocalPref() {
    return has(5);
  }

  /** LOCAL_PREF (unsigned); 0 when absent or malformed ({@link #hasLocalPref()}). */
  public long localPref() {
    return has(5) ? Wire.u32(mem, valueAt(5)) : 0;
  }

  /** Whether a well-formed ATOMIC_AGGREGATE is present. */
  public boolean atomicAggregate() {
    return has(6);
  }

  /** Whether a well-formed AGGREGATOR is present. */
  public boolean hasAggregator() {
    return has(7);
  }

  /**
   * The AGGREGATOR's AS as encoded (may be AS_TRANS); 0 when absent or malformed ({@link
   * #hasAggregator()}).
   */
  public long aggregatorAs() {
    if (!has(7)) {
      return 0;
    }
    return options.fourOctetAs() ? Wire.u32(mem, valueAt(7)) : Wire.u16(mem, valueAt(7));
  }

  /**
   * The AGGREGATOR's address as a 32-bit value; 0 when absent or malformed ({@link
   * #hasAggregator()}).
   */
  public int aggregatorAddress() {
    return has(7) ? Wire.s32(mem, valueAt(7) + (options.fourOctetAs() ? 4 : 2)) : 0;
  }

  /**
   * The aggregating AS a 4-octet speaker would see: AS4_AGGREGATOR's when AGGREGATOR holds AS_TRANS
   * on a 2-octet session (RFC 6793 §4.2.3), else AGGREGATOR's; 0 when absent or malformed ({@link
   * #hasAggregator()}).
   */
  public long effectiveAggregatorAs() {
    long as = aggregatorAs();
    if (!options.fourOctetAs() && as == AsPath.AS_TRANS && has(18)) {
      return Wire.u32(mem, valueAt(18));
    }
    return as;
  }

  /** The address matching {@link #effectiveAggregatorAs()}. */
  public int effectiveAggregatorAddress() {
    if (!options.fourOctetAs() && aggregatorAs() == AsPath.AS_TRANS && has(18)) {
      return Wire.s32(mem, valueAt(18) + 4);
    }
    return aggregatorAddress();
  }

  /** Number of standard communities (0 when absent or malformed). */
  public int communityCount() {
    return has(8) ? valueLength(8) >>> 2 : 0;
  }

  /**
   * Standard community {@code i} (RFC 1997), 32 bits.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= i <} {@link #communityCount()}
   */
  public int community(int i) {
    return Wire.s32(mem, valueAt(8) + 4 * Objects.checkIndex(i, communityCount()));
  }

  /** Whether the communities include {@code community}. */
  public boolean hasCommunity(int community) {
    int n = communityCount();
    for (int i = 0; i < n; i++) {
      if (community(i) == community) {
        return true;
      }
    }
    return false;
  }

  /** Number of extended communities (0 when absent or malformed). */
  public int extendedCommunityCount() {
    return has(16) ? valueLength(16) >>> 3 : 0;
  }

  /**
   * Extended community {@code i} (RFC 4360) as 8 bytes in a long.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= i <} {@link #extendedCommunityCount()}
   */
  public long extendedCommunity(int i) {
    return Wire.s64(mem, valueAt(16) + 8 * Objects.checkIndex(i, extendedCommunityCount()));
  }

  /** Number of IPv6 address specific extended communities (RFC 5701). */
  public int ipv6ExtendedCommunityCount() {
    return has(25) ? valueLength(25) / 20 : 0;
  }

  /**
   * Absolute offset of IPv6 extended community {@code i} (20 bytes: type, sub-type, address,
   * local).
   */
  public int ipv6ExtendedCommunityOffset(int i) {
    return valueAt(25) + 20 * Objects.checkIndex(i, ipv6ExtendedCommunityCount()) + wire.origin();
  }

  /** Number of large communities (0 when absent or malformed). */
  public int largeCommunityCount() {
    return has(32) ? valueLength(32) / 12 : 0;
  }

  /**
   * Global administrator of large community {@code i} (RFC 8092).
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= i <} {@link #largeCommunityCount()}
   */
  public long largeCommunityGlobal(int i) {
    return Wire.u32(mem, valueAt(32) + 12 * Objects.checkIndex(i, largeCommunityCount()));
  }

  /**
   * Local data part 1 of large community {@code i}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= i <} {@link #largeCommunityCount()}
   */
  public long largeCommunityLocal1(int i) {
    return Wire.u32(mem, valueAt(32) + 12 * Objects.checkIndex(i, largeCommunityCount()) + 4);
  }

  /**
   * Local data part 2 of large community {@code i}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= i <} {@link #largeCommunityCount()}
   */
  public long largeCommunityLocal2(int i) {
    return Wire.u32(mem, valueAt(32) + 12 * Objects.checkIndex(i, largeCommunityCount()) + 8);
  }

  /** Whether a well-formed ORIGINATOR_ID is present. */
  public boolean hasOriginatorId() {
    return has(9);
  }

  /** ORIGINATOR_ID as a 32-bit value; 0 when absent or malformed ({@link #hasOriginatorId()}). */
  public int originatorId() {
    return has(9) ? Wire.s32(mem, valueAt(9)) : 0;
  }

  /** Number of CLUSTER_LIST entries. */
  public int clusterListLength() {
    return has(10) ? valueLength(10) >>> 2 : 0;
  }

  /**
   * CLUSTER_LIST entry {@code i}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= i <} {@link #clusterListLength()}
   */
  public int clusterId(int i) {
    return Wire.s32(mem, valueAt(10) + 4 * Objects.checkIndex(i, clusterListLength()));
  }

  /** Whether a well-formed OTC (RFC 9234) is present. */
  public boolean hasOtc() {
    return has(35);
  }

  /** The OTC AS; 0 when absent or malformed ({@link #hasOtc()}). */
  public long otc() {
    return has(35) ? Wire.u32(mem, valueAt(35)) : 0;
  }

  /** Whether a well-formed AIGP with an AIGP TLV is present. */
  public boolean hasAigp() {
    return has(26) && aigpMetric() >= 0;
  }

  /** The AIGP metric (RFC 7311), or -1. */
  public long aigpMetric() {
    if (!has(26)) {
      return -1;
    }
    int p = valueAt(26);
    int e = p + valueLength(26);
    while (p + 3 <= e) {
      int l = Wire.u16(mem, p + 1);
      if (Wire.u8(mem, p) == 1 && l == 11) {
        return Wire.s64(mem, p + 3);
      }
      p += Math.max(l, 3);
    }
    return -1;
  }

  /** Whether a well-formed MP_REACH_NLRI is present. */
  public boolean hasMpReach() {
    return has(14);
  }

  /** MP_REACH_NLRI's AFI (0 in the abbreviated MRT form, where the RIB record says). */
  public int mpReachAfi() {
    return hasMpReach() ? reachAfi : -1;
  }

  /** MP_REACH_NLRI's SAFI (0 in the abbreviated MRT form). */
  public int mpReachSafi() {
    return hasMpReach() ? reachSafi : 0;
  }

  /** Absolute offset of MP_REACH_NLRI's next hop. */
  public int mpReachNextHopOffset() {
    return (hasMpReach() ? reachNhOffset : start) + wire.origin();
  }

  /** Length of MP_REACH_NLRI's next hop. */
  public int mpReachNextHopLength() {
    return hasMpReach() ? reachNhLength : 0;
  }

  /** Absolute offset of MP_REACH_NLRI's NLRI. */
  public int mpReachNlriOffset() {
    return reachNlriAt() + wire.origin();
  }

  /** MP_REACH_NLRI's NLRI, relative to the loaded range (an empty field at the start if none). */
  private int reachNlriAt() {
    return hasMpReach() ? reachNlriOffset : start;
  }

  /** Length of MP_REACH_NLRI's NLRI. */
  public int mpReachNlriLength() {
    return hasMpReach() ? reachNlriLength : 0;
  }

  /** A cursor over MP_REACH_NLRI's routes (rewound on each call). */
  public NlriCursor mpReachNlri() {
    return over(reachNlri, reachNlriAt(), mpReachNlriLength(), mpReachAfi(), mpReachSafi());
  }

  /** Whether a well-formed MP_UNREACH_NLRI is present. */
  public boolean hasMpUnreach() {
    return has(15);
  }

  /** MP_UNREACH_NLRI's AFI. */
  public int mpUnreachAfi() {
    return hasMpUnreach() ? unreachAfi : -1;
  }

  /** MP_UNREACH_NLRI's SAFI. */
  public int mpUnreachSafi() {
    return hasMpUnreach() ? unreachSafi : 0;
  }

  /** Absolute offset of MP_UNREACH_NLRI's withdrawn routes. */
  public int mpUnreachNlriOffset() {
    return unreachNlriAt() + wire.origin();
  }

  /** MP_UNREACH_NLRI's withdrawn routes, relative to the loaded range (as {@link #reachNlriAt}). */
  private int unreachNlriAt() {
    return hasMpUnreach() ? unreachNlriOffset : start;
  }

  /** Length of MP_UNREACH_NLRI's withdrawn routes. */
  public int mpUnreachNlriLength() {
    return hasMpUnreach() ? unreachNlriLength : 0;
  }

  /** A cursor over MP_UNREACH_NLRI's routes (rewound on each call). */
  public NlriCursor mpUnreachNlri() {
    return over(
        unreachNlri, unreachNlriAt(), mpUnreachNlriLength(), mpUnreachAfi(), mpUnreachSafi());
  }

  // ---------------------------------------------------------------- values

  /**
   * Every framed attribute as a value, in wire order (allocates): well-formed known attributes
   * decoded, malformed ones and unknown ones as {@link UnknownAttribute} with their raw bytes, so
   * that encoding the list reproduces the field. Later duplicates are included raw as well.
   *
   * <p>Unlike the typed accessors, which answer from the view's copy taken at wrap, the values are
   * read from the wrapped buffer itself: it must still hold the same bytes (and not be released).
   *
   * @param registry codecs for NLRI families bgp-core keeps raw
   */
  public ImmutableList<PathAttribute> toValues(NlriCodecRegistry registry) {
    ImmutableList.Builder<PathAttribute> b = ImmutableList.builderWithExpectedSize(count);
    AttributeCursor c = cursor();
    while (c.next()) {
      int t = c.type();
      boolean first = isPresent(t) && valueOffset(t) == c.valueOffset();
      if (first && has(t)) {
        b.add(AttributeValues.decode(this, t, registry));
      } else {
        b.add(
            new UnknownAttribute(
                c.flags(), t, Bytes.read(wire.buffer(), c.valueOffset(), c.valueLength())));
      }
    }
    return b.build();
  }
}
