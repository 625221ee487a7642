package org.ixwire.sflow.internal;

import com.google.common.collect.ImmutableList;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ixwire.sflow.record.Bytes;
import org.ixwire.sflow.record.DataFormat;
import org.ixwire.sflow.record.Field;
import org.ixwire.sflow.record.RecordSchema;
import org.ixwire.sflow.record.StructuredRecord;
import org.jspecify.annotations.Nullable;

/** Schema-driven XDR decoding and canonical encoding of record bodies. */
public final class SchemaCodec {
  private SchemaCodec() {}

  /** Thrown internally when a body does not match its schema canonically. */
  private static final class Mismatch extends Exception {
    private static final long serialVersionUID = 1L;
    static final Mismatch INSTANCE = new Mismatch();

    private Mismatch() {
      super(null, null, false, false);
    }
  }

  /**
   * Decodes {@code [off, off + len)} of {@code buf} as {@code schema}; null when the bytes are not
   * the encoding of some value (overrun, trailing bytes, unknown address type, a float whose NaN
   * payload the JVM does not keep). Non-zero padding is accepted; the record then keeps its
   * original body.
   */
  public static @Nullable StructuredRecord decode(
      DataFormat format, RecordSchema schema, ByteBuf buf, int off, int len) {
    int[] pos = {off, 0};
    int end = off + len;
    try {
      List<Object> values = new ArrayList<>(schema.fields().size());
      int mandatory = schema.mandatoryCount();
      for (int i = 0; i < mandatory; i++) {
        values.add(read(schema.fields().get(i), buf, pos, end));
      }
      if (pos[0] < end && mandatory < schema.fields().size()) {
        for (int i = mandatory; i < schema.fields().size(); i++) {
          values.add(read(schema.fields().get(i), buf, pos, end));
        }
      }
      if (pos[0] != end) {
        return null;
      }
      StructuredRecord r = StructuredRecord.of(format, values);
      // pos[1] counts non-zero padding bytes: keep the original body for byte-exact re-encoding
      return pos[1] == 0 ? r : r.withOriginalBody(Bytes.copyOf(buf, off, len));
    } catch (Mismatch e) {
      return null;
    }
  }

  private static void need(int[] pos, int end, long n) throws Mismatch {
    if (n < 0 || pos[0] + n > end) {
      throw Mismatch.INSTANCE;
    }
  }

  private static Bytes padded(ByteBuf buf, int[] pos, int end, long len) throws Mismatch {
    long padded = (len + 3) & ~3L;
    need(pos, end, padded);
    Bytes b = Bytes.copyOf(buf, pos[0], (int) len);
    for (int i = (int) len; i < padded; i++) {
      if (buf.getByte(pos[0] + i) != 0) {
        pos[1]++;
      }
    }
    pos[0] += (int) padded;
    return b;
  }

  private static Object read(Field f, ByteBuf buf, int[] pos, int end) throws Mismatch {
    int p = pos[0];
    switch (f.type()) {
      case U32:
      case PERCENT:
        need(pos, end, 4);
        pos[0] += 4;
        return buf.getUnsignedInt(p);
      case U64:
      case U64_HEX:
        need(pos, end, 8);
        pos[0] += 8;
        return buf.getLong(p);
      case FLOAT:
        need(pos, end, 4);
        pos[0] += 4;
        float fv = Float.intBitsToFloat(buf.getInt(p));
        if (Float.floatToRawIntBits(fv) != buf.getInt(p)) {
          throw Mismatch.INSTANCE; // a NaN payload the JVM does not preserve
        }
        return fv;
      case DOUBLE:
        need(pos, end, 8);
        pos[0] += 8;
        double dv = Double.longBitsToDouble(buf.getLong(p));
        if (Double.doubleToRawLongBits(dv) != buf.getLong(p)) {
          throw Mismatch.INSTANCE;
        }
        return dv;
      case MAC:
        return padded(buf, pos, end, 6);
      case IPV4:
        return padded(buf, pos, end, 4);
      case IPV6:
      case UUID:
        return padded(buf, pos, end, 16);
      case ADDRESS:
        {
          need(pos, end, 4);
          long type = buf.getUnsignedInt(p);
          pos[0] += 4;
          if (type == 0) {
            return Bytes.EMPTY;
          } else if (type == 1) {
            return padded(buf, pos, end, 4);
          } else if (type == 2) {
            return padded(buf, pos, end, 16);
          }
          throw Mismatch.INSTANCE;
        }
      case STRING:
      case OPAQUE:
        {
          need(pos, end, 4);
          long len = buf.getUnsignedInt(p);
          pos[0] += 4;
          return padded(buf, pos, end, len);
        }
      case U32_ARRAY:
        {
          need(pos, end, 4);
          long n = buf.getUnsignedInt(p);
          pos[0] += 4;
          need(pos, end, n * 4);
          ImmutableList.Builder<Long> b = ImmutableList.builderWithExpectedSize((int) n);
          for (int i = 0; i < n; i++) {
            b.add(buf.getUnsignedInt(pos[0]));
            pos[0] += 4;
          }
          return b.build();
        }
      case STRUCT_ARRAY:
        {
          RecordSchema el = Objects.requireNonNull(f.element());
          need(pos, end, 4);
          long n = buf.getUnsignedInt(p);
          pos[0] += 4;
          // every element takes at least 4 bytes: bound the count before allocating
          need(pos, end, n * 4);
          ImmutableList.Builder<ImmutableList<Object>> b = ImmutableList.builder();
          for (int i = 0; i < n; i++) {
            ImmutableList.Builder<Object> e = ImmutableList.builder();
            for (Field ef : el.fields()) {
              e.add(read(ef, buf, pos, end));
            }
            b.add(e.build());
          }
          return b.build();
        }
    }
    throw new AssertionError(f.type());
  }

  /** Exact encoded size of the record body. */
  public static int encodedLength(StructuredRecord r) {
    int n = 0;
    List<Field> fields = r.schema().fields();
    for (int i = 0; i < r.values().size(); i++) {
      n += length(fields.get(i), r.values().get(i));
    }
    return n;
  }

  private static int pad(int len) {
    return (len + 3) & ~3;
  }

  @SuppressWarnings("unchecked")
  private static int length(Field f, Object v) {
    switch (f.type()) {
      case U32:
      case PERCENT:
      case FLOAT:
      case IPV4:
        return 4;
      case U64:
      case U64_HEX:
      case DOUBLE:
      case MAC:
        return 8;
      case IPV6:
      case UUID:
        return 16;
      case ADDRESS:
        return 4 + ((Bytes) v).length();
      case STRING:
      case OPAQUE:
        return 4 + pad(((Bytes) v).length());
      case U32_ARRAY:
        return 4 + 4 * ((List<?>) v).size();
      case STRUCT_ARRAY:
        {
          RecordSchema el = Objects.requireNonNull(f.element());
          int n = 4;
          for (List<Object> e : (List<List<Object>>) v) {
            for (int i = 0; i < e.size(); i++) {
              n += length(el.fields().get(i), e.get(i));
            }
          }
          return n;
        }
    }
    throw new AssertionError(f.type());
  }

  /** Writes the record body (the original one if it had non-zero padding) to {@code out}. */
  public static void encode(StructuredRecord r, ByteBuf out) {
    Bytes original = r.originalBody();
    if (original != null) {
      original.writeTo(out);
      return;
    }
    List<Field> fields = r.schema().fields();
    for (int i = 0; i < r.values().size(); i++) {
      write(fields.get(i), r.values().get(i), out);
    }
  }

  private static void writePadded(Bytes b, ByteBuf out) {
    b.writeTo(out);
    out.writeZero(pad(b.length()) - b.length());
  }

  @SuppressWarnings("unchecked")
  private static void write(Field f, Object v, ByteBuf out) {
    switch (f.type()) {
      case U32:
      case PERCENT:
        out.writeInt((int) (long) (Long) v);
        return;
      case U64:
      case U64_HEX:
        out.writeLong((Long) v);
        return;
      case FLOAT:
        out.writeInt(Float.floatToRawIntBits((Float) v));
        return;
      case DOUBLE:
        out.writeLong(Double.doubleToRawLongBits((Double) v));
        return;
      case MAC:
      case IPV4:
      case IPV6:
      case UUID:
        writePadded((Bytes) v, out);
        return;
      case ADDRESS:
        {
          Bytes a = (Bytes) v;
          out.writeInt(a.length() == 0 ? 0 : a.length() == 4 ? 1 : 2);
          a.writeTo(out);
          return;
        }
      case STRING:
      case OPAQUE:
        out.writeInt(((Bytes) v).length());
        writePadded((Bytes) v, out);
        return;
      case U32_ARRAY:
        {
          List<Long> l = (List<Long>) v;
          out.writeInt(l.size());
          for (long x : l) {
            out.writeInt((int) x);
          }
          return;
        }
      case STRUCT_ARRAY:
        {
          RecordSchema el = Objects.requireNonNull(f.element());
          List<List<Object>> l = (List<List<Object>>) v;
          out.writeInt(l.size());
          for (List<Object> e : l) {
            for (int i = 0; i < e.size(); i++) {
              write(el.fields().get(i), e.get(i), out);
            }
          }
          return;
        }
    }
    throw new AssertionError(f.type());
  }
}
