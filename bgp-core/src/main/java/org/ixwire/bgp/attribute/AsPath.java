package org.ixwire.bgp.attribute;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableLongArray;
import java.util.ArrayList;
import java.util.List;

/**
 * An AS path (RFC 4271 §5.1.2, RFC 5065 confederation segments) as a value: a list of segments,
 * each a type and a list of AS numbers (unsigned 32-bit, as {@code long}).
 *
 * @param segments the segments in wire order
 */
public record AsPath(ImmutableList<AsPath.Segment> segments) {
  /** AS_SET segment type. */
  public static final int AS_SET = 1;

  /** AS_SEQUENCE segment type. */
  public static final int AS_SEQUENCE = 2;

  /** AS_CONFED_SEQUENCE segment type (RFC 5065). */
  public static final int AS_CONFED_SEQUENCE = 3;

  /** AS_CONFED_SET segment type (RFC 5065). */
  public static final int AS_CONFED_SET = 4;

  /** AS_TRANS (RFC 6793 §9), stands in for a 4-octet AS in 2-octet fields. */
  public static final long AS_TRANS = 23456;

  /** The empty path (as iBGP originates). */
  public static final AsPath EMPTY = new AsPath(ImmutableList.of());

  /**
   * One path segment.
   *
   * @param type 1 AS_SET, 2 AS_SEQUENCE, 3 AS_CONFED_SEQUENCE, 4 AS_CONFED_SET (others only from
   *     malformed input)
   * @param asns the AS numbers
   */
  public record Segment(int type, ImmutableLongArray asns) {
    /** Validates the components. */
    public Segment {
      Preconditions.checkArgument(type >= 0 && type <= 255, "segment type is one byte");
      for (int i = 0; i < asns.length(); i++) {
        Preconditions.checkArgument((asns.get(i) >>> 32) == 0, "ASN is unsigned 32-bit");
      }
    }

    /** An AS_SEQUENCE of the given ASNs. */
    public static Segment sequence(long... asns) {
      return new Segment(AS_SEQUENCE, ImmutableLongArray.copyOf(asns));
    }

    /** An AS_SET of the given ASNs. */
    public static Segment set(long... asns) {
      return new Segment(AS_SET, ImmutableLongArray.copyOf(asns));
    }

    /** Whether this is a set type (AS_SET or AS_CONFED_SET). */
    public boolean isSet() {
      return type == AS_SET || type == AS_CONFED_SET;
    }

    /** Whether this is a confederation segment. */
    public boolean isConfed() {
      return type == AS_CONFED_SEQUENCE || type == AS_CONFED_SET;
    }
  }

  /** A path of a single AS_SEQUENCE (empty when no ASNs are given). */
  public static AsPath sequence(long... asns) {
    return asns.length == 0 ? EMPTY : new AsPath(ImmutableList.of(Segment.sequence(asns)));
  }

  /**
   * Parses the text form of {@link #toString()}: ASNs separated by spaces, {@code {a,b}} for an
   * AS_SET, {@code (a b)} for an AS_CONFED_SEQUENCE, {@code [a,b]} for an AS_CONFED_SET.
   */
  public static AsPath parse(String text) {
    List<Segment> segs = new ArrayList<>();
    List<Long> seq = new ArrayList<>();
    String t = text.trim();
    int i = 0;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (c == ' ') {
        i++;
      } else if (c == '{' || c == '(' || c == '[') {
        char close = c == '{' ? '}' : c == '(' ? ')' : ']';
        int end = t.indexOf(close, i);
        if (end < 0) {
          throw new IllegalArgumentException("unbalanced " + c + " in " + text);
        }
        if (!seq.isEmpty()) {
          segs.add(new Segment(AS_SEQUENCE, longs(seq)));
          seq.clear();
        }
        List<Long> inner = new ArrayList<>();
        for (String s : t.substring(i + 1, end).split("[ ,]+")) {
          if (!s.isEmpty()) {
            inner.add(Long.parseLong(s));
          }
        }
        int type = c == '{' ? AS_SET : c == '(' ? AS_CONFED_SEQUENCE : AS_CONFED_SET;
        segs.add(new Segment(type, longs(inner)));
        i = end + 1;
      } else {
        int end = i;
        while (end < t.length() && Character.isDigit(t.charAt(end))) {
          end++;
        }
        if (end == i) {
          throw new IllegalArgumentException("unexpected '" + c + "' in " + text);
        }
        seq.add(Long.parseLong(t.substring(i, end)));
        i = end;
      }
    }
    if (!seq.isEmpty()) {
      segs.add(new Segment(AS_SEQUENCE, longs(seq)));
    }
    return new AsPath(ImmutableList.copyOf(segs));
  }

  private static ImmutableLongArray longs(List<Long> l) {
    ImmutableLongArray.Builder b = ImmutableLongArray.builder(l.size());
    for (long v : l) {
      b.add(v);
    }
    return b.build();
  }

  /**
   * The path length for route selection (RFC 4271 §9.1.2.2 a): each AS_SEQUENCE ASN counts one,
   * each AS_SET counts one, confederation segments count zero (RFC 5065 §5.3).
   */
  public int length() {
    int n = 0;
    for (Segment s : segments) {
      if (s.type() == AS_SEQUENCE) {
        n += s.asns().length();
      } else if (s.type() == AS_SET) {
        n++;
      }
    }
    return n;
  }

  /** Total number of ASNs in all segments. */
  public int asnCount() {
    int n = 0;
    for (Segment s : segments) {
      n += s.asns().length();
    }
    return n;
  }

  /** Whether any ASN does not fit in 16 bits. */
  public boolean hasFourOctetAsn() {
    for (Segment s : segments) {
      for (int i = 0; i < s.asns().length(); i++) {
        if (s.asns().get(i) > 0xffff) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The origin AS: the last ASN of the path when the last segment is an AS_SEQUENCE, else -1 (an
   * aggregate ending in an AS_SET has no single origin).
   */
  public long originAs() {
    if (segments.isEmpty()) {
      return -1;
    }
    Segment last = segments.get(segments.size() - 1);
    return last.type() == AS_SEQUENCE && !last.asns().isEmpty()
        ? last.asns().get(last.asns().length() - 1)
        : -1;
  }

  /** The first ASN (the neighbour's, on eBGP) or -1 for an empty path. */
  public long firstAs() {
    for (Segment s : segments) {
      if (!s.asns().isEmpty()) {
        return s.asns().get(0);
      }
    }
    return -1;
  }

  /**
   * This path with every 4-octet ASN replaced by AS_TRANS, as a 2-octet speaker sends AS_PATH (RFC
   * 6793 §4.2.2).
   */
  public AsPath toTwoOctet() {
    ImmutableList.Builder<Segment> b = ImmutableList.builder();
    for (Segment s : segments) {
      ImmutableLongArray.Builder a = ImmutableLongArray.builder(s.asns().length());
      for (int i = 0; i < s.asns().length(); i++) {
        long v = s.asns().get(i);
        a.add(v > 0xffff ? AS_TRANS : v);
      }
      b.add(new Segment(s.type(), a.build()));
    }
    return new AsPath(b.build());
  }

  /**
   * Reconstructs the path a 2-octet session carried with AS4_PATH (RFC 6793 §4.2.3): when the
   * AS_PATH has fewer ASNs (by path length) than AS4_PATH, AS4_PATH is ignored and AS_PATH used;
   * otherwise the leading ASNs of AS_PATH (as many as the difference) are kept and AS4_PATH
   * appended. Confederation segments in AS4_PATH are ignored (RFC 6793 §6 makes them a discard),
   * and confederation segments at the head of AS_PATH are kept ahead of the merged path.
   */
  public static AsPath merge(AsPath asPath, AsPath as4Path) {
    // AS4_PATH must not contain confederation segments; a receiver removes them.
    ImmutableList.Builder<Segment> clean = ImmutableList.builder();
    for (Segment s : as4Path.segments()) {
      if (!s.isConfed()) {
        clean.add(s);
      }
    }
    AsPath as4 = new AsPath(clean.build());
    int n = asPath.length();
    int n4 = as4.length();
    if (n < n4) {
      return asPath;
    }
    int keep = n - n4; // number of path-length units of AS_PATH to keep in front
    ImmutableList.Builder<Segment> out = ImmutableList.builder();
    for (Segment s : asPath.segments()) {
      if (s.isConfed()) {
        out.add(s); // confed segments carry no path-length units; keep them in place
        continue;
      }
      if (keep == 0) {
        break;
      }
      if (s.type() == AS_SET) {
        out.add(s);
        keep--;
      } else if (s.type() == AS_SEQUENCE) {
        int take = Math.min(keep, s.asns().length());
        out.add(new Segment(AS_SEQUENCE, s.asns().subArray(0, take)));
        keep -= take;
      }
    }
    // Join a trailing AS_SEQUENCE of the kept part with a leading AS_SEQUENCE of AS4_PATH.
    List<Segment> result = new ArrayList<>(out.build());
    for (Segment s : as4.segments()) {
      if (!result.isEmpty()
          && s.type() == AS_SEQUENCE
          && result.get(result.size() - 1).type() == AS_SEQUENCE
          && result.size() > 0) {
        Segment prev = result.remove(result.size() - 1);
        result.add(
            new Segment(
                AS_SEQUENCE,
                ImmutableLongArray.builder().addAll(prev.asns()).addAll(s.asns()).build()));
      } else {
        result.add(s);
      }
    }
    return new AsPath(ImmutableList.copyOf(result));
  }

  /**
   * Text as routers print it and bgpdump does: ASNs separated by spaces, AS_SET as {@code {a,b}},
   * AS_CONFED_SEQUENCE as {@code (a b)}, AS_CONFED_SET as {@code [a,b]}.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Segment s : segments) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      String open;
      String close;
      String sep;
      switch (s.type()) {
        case AS_SET:
          open = "{";
          close = "}";
          sep = ",";
          break;
        case AS_CONFED_SEQUENCE:
          open = "(";
          close = ")";
          sep = " ";
          break;
        case AS_CONFED_SET:
          open = "[";
          close = "]";
          sep = ",";
          break;
        case AS_SEQUENCE:
          open = "";
          close = "";
          sep = " ";
          break;
        default:
          open = "?" + s.type() + "(";
          close = ")";
          sep = " ";
      }
      sb.append(open);
      for (int i = 0; i < s.asns().length(); i++) {
        if (i > 0) {
          sb.append(sep);
        }
        sb.append(s.asns().get(i));
      }
      sb.append(close);
    }
    return sb.toString();
  }
}
