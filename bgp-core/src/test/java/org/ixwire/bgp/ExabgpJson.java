package org.ixwire.bgp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A tiny JSON parser for the reference decodes of the corpus (ExaBGP's JSON): objects become {@link
 * LinkedHashMap}s, arrays {@link ArrayList}s, numbers {@link BigDecimal}s (ExaBGP prints 64-bit and
 * 160-bit community values as bare integers), strings, booleans and {@code null}. Test code only;
 * strict enough to reject garbage, no more.
 */
final class ExabgpJson {
  private final String s;
  private int p;

  private ExabgpJson(String s) {
    this.s = s;
  }

  /** Parses one JSON value that fills {@code text} (whitespace aside). */
  static @Nullable Object parse(String text) {
    ExabgpJson j = new ExabgpJson(text);
    Object v = j.value();
    j.ws();
    if (j.p != text.length()) {
      throw j.error("trailing characters");
    }
    return v;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(String text) {
    return (Map<String, Object>) java.util.Objects.requireNonNull(parse(text));
  }

  private IllegalArgumentException error(String why) {
    int from = Math.max(0, p - 20);
    int to = Math.min(s.length(), p + 20);
    return new IllegalArgumentException(why + " at " + p + ": ..." + s.substring(from, to) + "...");
  }

  private void ws() {
    while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
      p++;
    }
  }

  private @Nullable Object value() {
    ws();
    if (p >= s.length()) {
      throw error("unexpected end");
    }
    char c = s.charAt(p);
    switch (c) {
      case '{':
        return obj();
      case '[':
        return arr();
      case '"':
        return str();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        literal("null", Boolean.FALSE);
        return null;
      default:
        return num();
    }
  }

  private Object literal(String word, Object v) {
    if (!s.startsWith(word, p)) {
      throw error("expected " + word);
    }
    p += word.length();
    return v;
  }

  private Map<String, Object> obj() {
    Map<String, Object> m = new LinkedHashMap<>();
    p++;
    ws();
    if (s.charAt(p) == '}') {
      p++;
      return m;
    }
    while (true) {
      ws();
      String k = str();
      ws();
      expect(':');
      Object v = value();
      m.put(k, v == null ? NULL : v);
      ws();
      if (s.charAt(p) == ',') {
        p++;
      } else {
        expect('}');
        return m;
      }
    }
  }

  /** Stands for JSON null inside collections (Guava-free maps reject nothing, but be explicit). */
  static final Object NULL = new Object();

  private List<Object> arr() {
    List<Object> l = new ArrayList<>();
    p++;
    ws();
    if (s.charAt(p) == ']') {
      p++;
      return l;
    }
    while (true) {
      Object v = value();
      l.add(v == null ? NULL : v);
      ws();
      if (s.charAt(p) == ',') {
        p++;
      } else {
        expect(']');
        return l;
      }
    }
  }

  private void expect(char c) {
    if (p >= s.length() || s.charAt(p) != c) {
      throw error("expected '" + c + "'");
    }
    p++;
  }

  private String str() {
    expect('"');
    StringBuilder b = new StringBuilder();
    while (true) {
      if (p >= s.length()) {
        throw error("unterminated string");
      }
      char c = s.charAt(p++);
      if (c == '"') {
        return b.toString();
      }
      if (c == '\\') {
        char e = s.charAt(p++);
        switch (e) {
          case 'n':
            b.append('\n');
            break;
          case 't':
            b.append('\t');
            break;
          case 'r':
            b.append('\r');
            break;
          case 'b':
            b.append('\b');
            break;
          case 'f':
            b.append('\f');
            break;
          case 'u':
            b.append((char) Integer.parseInt(s.substring(p, p + 4), 16));
            p += 4;
            break;
          default:
            b.append(e);
        }
      } else {
        b.append(c);
      }
    }
  }

  private BigDecimal num() {
    int start = p;
    while (p < s.length() && "+-0123456789.eE".indexOf(s.charAt(p)) >= 0) {
      p++;
    }
    if (start == p) {
      throw error("unexpected character");
    }
    return new BigDecimal(s.substring(start, p));
  }
}
