package org.ixwire.cli.bgp;

/** A minimal streaming JSON object writer (the CLI needs no JSON library for flat output). */
final class JsonOut {
  private final StringBuilder sb = new StringBuilder(256);
  private boolean first = true;

  JsonOut begin() {
    sb.append('{');
    first = true;
    return this;
  }

  JsonOut end() {
    sb.append('}');
    first = false;
    return this;
  }

  JsonOut beginArray(String name) {
    key(name);
    sb.append('[');
    first = true;
    return this;
  }

  JsonOut beginArray() {
    comma();
    sb.append('[');
    first = true;
    return this;
  }

  JsonOut endArray() {
    sb.append(']');
    first = false;
    return this;
  }

  JsonOut beginObject(String name) {
    key(name);
    sb.append('{');
    first = true;
    return this;
  }

  JsonOut beginObject() {
    comma();
    sb.append('{');
    first = true;
    return this;
  }

  private void comma() {
    if (!first) {
      sb.append(',');
    }
    first = false;
  }

  private void key(String name) {
    comma();
    string(name);
    sb.append(':');
  }

  JsonOut field(String name, String value) {
    key(name);
    string(value);
    return this;
  }

  JsonOut field(String name, long value) {
    key(name);
    sb.append(value);
    return this;
  }

  JsonOut field(String name, boolean value) {
    key(name);
    sb.append(value);
    return this;
  }

  JsonOut value(String v) {
    comma();
    string(v);
    return this;
  }

  JsonOut value(long v) {
    comma();
    sb.append(v);
    return this;
  }

  private void string(String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        default:
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    sb.append('"');
  }

  @Override
  public String toString() {
    return sb.toString();
  }
}
