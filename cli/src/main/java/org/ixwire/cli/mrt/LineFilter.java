package org.ixwire.cli.mrt;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.bgp.nlri.Prefix;
import org.jspecify.annotations.Nullable;

/**
 * The {@code ixwire mrt} filters applied to bgpdump-format lines (their fields are what the filters
 * speak about), for the text formats; {@code --json} filters elements with {@link
 * org.ixwire.mrt.ElementFilter} instead.
 */
final class LineFilter {
  private final List<java.util.function.Predicate<String[]>> tests = new ArrayList<>();
  private boolean routeOnly;

  boolean isEmpty() {
    return tests.isEmpty();
  }

  void peer(IpAddress a) {
    tests.add(f -> f.length > 3 && parseOrNull(f[3]) != null && a.equals(parseOrNull(f[3])));
  }

  void peerAs(long as) {
    String s = Long.toString(as);
    tests.add(f -> f.length > 4 && f[4].equals(s));
  }

  void prefix(Prefix p, int mode) {
    routeOnly = true;
    tests.add(
        f -> {
          Prefix q = prefixOrNull(f);
          if (q == null || q.afi() != p.afi()) {
            return false;
          }
          return mode == 0 ? q.equals(p) : mode > 0 ? p.contains(q) : q.contains(p);
        });
  }

  void originAs(long as) {
    routeOnly = true;
    tests.add(
        f -> {
          String path = asPath(f);
          if (path == null || path.isEmpty() || path.endsWith("}")) {
            return false;
          }
          int sp = path.lastIndexOf(' ');
          return path.substring(sp + 1).equals(Long.toString(as));
        });
  }

  void asPathRegex(Pattern p) {
    routeOnly = true;
    tests.add(
        f -> {
          String path = asPath(f);
          return path != null && p.matcher(path).find();
        });
  }

  void community(String c) {
    routeOnly = true;
    tests.add(
        f -> {
          String[] comms = communities(f);
          if (comms == null) {
            return false;
          }
          for (String x : comms) {
            if (x.equals(c)) {
              return true;
            }
          }
          return false;
        });
  }

  void kind(String k) {
    tests.add(f -> f.length > 2 && f[2].equals(k));
  }

  void time(long from, long to) {
    tests.add(
        f -> {
          if (f.length < 2) {
            return false;
          }
          try {
            String t = f[1];
            int dot = t.indexOf('.');
            long s = Long.parseLong(dot < 0 ? t : t.substring(0, dot));
            return s >= from && s <= to;
          } catch (NumberFormatException x) {
            return true; // -M times: not filtered here
          }
        });
  }

  void family(int afi) {
    routeOnly = true;
    tests.add(
        f -> {
          Prefix q = prefixOrNull(f);
          return q != null && q.afi().code() == afi;
        });
  }

  boolean test(String line) {
    String[] f = line.split("\\|", -1);
    if (routeOnly && (f.length < 6 || f[2].equals("STATE"))) {
      return false;
    }
    for (java.util.function.Predicate<String[]> t : tests) {
      if (!t.test(f)) {
        return false;
      }
    }
    return true;
  }

  private static boolean addPath(String[] f) {
    return f[0].endsWith("_AP");
  }

  private static @Nullable String asPath(String[] f) {
    if (f[2].equals("W") || f[2].equals("STATE")) {
      return null;
    }
    int i = addPath(f) ? 7 : 6;
    return f.length > i ? f[i] : null;
  }

  private static String @Nullable [] communities(String[] f) {
    if (f[2].equals("W") || f[2].equals("STATE")) {
      return null;
    }
    int i = addPath(f) ? 12 : 11;
    return f.length > i ? f[i].split(" ") : null;
  }

  private static @Nullable Prefix prefixOrNull(String[] f) {
    if (f.length < 6 || f[2].equals("STATE")) {
      return null;
    }
    try {
      return Prefix.parse(f[5]);
    } catch (IllegalArgumentException x) {
      return null;
    }
  }

  private static @Nullable IpAddress parseOrNull(String s) {
    try {
      return IpAddress.parse(s);
    } catch (IllegalArgumentException x) {
      return null;
    }
  }
}
