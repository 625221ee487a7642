package org.ixwire.sflow.record;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A record of a known format as field values following its {@link RecordSchema} (see {@link
 * FieldType} for the Java type of each value). Immutable; build with {@link #builder(DataFormat)},
 * which validates types and sizes.
 */
public final class StructuredRecord implements SflowRecord {
  private final DataFormat format;
  private final RecordSchema schema;
  private final ImmutableList<Object> values;
  private final @Nullable Bytes originalBody;

  private StructuredRecord(
      DataFormat format,
      RecordSchema schema,
      ImmutableList<Object> values,
      @Nullable Bytes originalBody) {
    this.format = format;
    this.schema = schema;
    this.values = values;
    this.originalBody = originalBody;
  }

  /**
   * This record, remembering the exact body it was decoded from so that it re-encodes byte for byte
   * (the decoder uses it when an agent left non-zero XDR padding). {@code body} must have the
   * canonical length; it takes no part in equality, and {@link #toBuilder()} forgets it.
   */
  public StructuredRecord withOriginalBody(Bytes body) {
    return new StructuredRecord(format, schema, values, body);
  }

  /** The body this record was decoded from when it differs from the canonical encoding. */
  public @Nullable Bytes originalBody() {
    return originalBody;
  }

  /** Creates a record from values in schema order, validating them. */
  public static StructuredRecord of(DataFormat format, List<?> values) {
    RecordSchema schema = RecordSchemas.of(format);
    if (schema == null) {
      throw new IllegalArgumentException("no schema for " + format);
    }
    int mandatory = schema.mandatoryCount();
    if (values.size() != mandatory && values.size() != schema.fields().size()) {
      throw new IllegalArgumentException(
          format.name() + ": expected " + mandatory + " or " + schema.fields().size() + " values");
    }
    ImmutableList.Builder<Object> b = ImmutableList.builder();
    for (int i = 0; i < values.size(); i++) {
      b.add(validate(schema.fields().get(i), values.get(i)));
    }
    return new StructuredRecord(format, schema, b.build(), null);
  }

  @SuppressWarnings("unchecked")
  private static Object validate(Field f, @Nullable Object v) {
    if (v == null) {
      throw new IllegalArgumentException(f.name() + " is null");
    }
    switch (f.type()) {
      case U32:
      case PERCENT:
        long l = asLong(f, v);
        if (l < 0 || l > 0xFFFFFFFFL) {
          throw new IllegalArgumentException(f.name() + " out of unsigned 32-bit range: " + l);
        }
        return l;
      case U64:
      case U64_HEX:
        return asLong(f, v);
      case FLOAT:
        if (!(v instanceof Float)) {
          throw new IllegalArgumentException(f.name() + " must be a Float");
        }
        return v;
      case DOUBLE:
        if (!(v instanceof Double)) {
          throw new IllegalArgumentException(f.name() + " must be a Double");
        }
        return v;
      case MAC:
        return fixed(f, v, 6);
      case IPV4:
        return fixed(f, v, 4);
      case IPV6:
      case UUID:
        return fixed(f, v, 16);
      case ADDRESS:
        Bytes a = bytes(f, v);
        if (a.length() != 0 && a.length() != 4 && a.length() != 16) {
          throw new IllegalArgumentException(f.name() + " must have 0, 4 or 16 bytes");
        }
        return a;
      case STRING:
      case OPAQUE:
        return bytes(f, v);
      case U32_ARRAY:
        {
          ImmutableList.Builder<Long> out = ImmutableList.builder();
          for (Object o : list(f, v)) {
            long x = asLong(f, o);
            if (x < 0 || x > 0xFFFFFFFFL) {
              throw new IllegalArgumentException(f.name() + " element out of range: " + x);
            }
            out.add(x);
          }
          return out.build();
        }
      case STRUCT_ARRAY:
        {
          RecordSchema el = Objects.requireNonNull(f.element());
          ImmutableList.Builder<ImmutableList<Object>> out = ImmutableList.builder();
          for (Object o : list(f, v)) {
            List<Object> elem = (List<Object>) list(f, o);
            if (elem.size() != el.fields().size()) {
              throw new IllegalArgumentException(f.name() + " element needs " + el.fields().size());
            }
            ImmutableList.Builder<Object> e = ImmutableList.builder();
            for (int i = 0; i < elem.size(); i++) {
              e.add(validate(el.fields().get(i), elem.get(i)));
            }
            out.add(e.build());
          }
          return out.build();
        }
    }
    throw new AssertionError(f.type());
  }

  private static long asLong(Field f, Object v) {
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    throw new IllegalArgumentException(f.name() + " must be an integer, got " + v.getClass());
  }

  private static Bytes bytes(Field f, Object v) {
    if (v instanceof Bytes) {
      return (Bytes) v;
    }
    if (v instanceof String) {
      return Bytes.ofUtf8((String) v);
    }
    throw new IllegalArgumentException(f.name() + " must be Bytes");
  }

  private static Bytes fixed(Field f, Object v, int len) {
    Bytes b = bytes(f, v);
    if (b.length() != len) {
      throw new IllegalArgumentException(f.name() + " must have " + len + " bytes");
    }
    return b;
  }

  private static List<?> list(Field f, Object v) {
    if (v instanceof List) {
      return (List<?>) v;
    }
    throw new IllegalArgumentException(f.name() + " must be a List");
  }

  /** A builder for a record of {@code format} (which must have a schema). */
  public static Builder builder(DataFormat format) {
    return new Builder(format);
  }

  /** A builder holding this record's values. */
  public Builder toBuilder() {
    Builder b = new Builder(format);
    for (int i = 0; i < values.size(); i++) {
      b.values.set(i, values.get(i));
    }
    return b;
  }

  @Override
  public DataFormat format() {
    return format;
  }

  /** The record structure. */
  public RecordSchema schema() {
    return schema;
  }

  /** Values in schema order (optional trailing fields may be absent). */
  public ImmutableList<Object> values() {
    return values;
  }

  /** True when the field named {@code name} is present. */
  public boolean has(String name) {
    int i = schema.indexOf(name);
    return i >= 0 && i < values.size();
  }

  /** The value of the field named {@code name}. */
  public Object get(String name) {
    int i = schema.indexOf(name);
    if (i < 0 || i >= values.size()) {
      throw new IllegalArgumentException(format.name() + " has no value " + name);
    }
    return values.get(i);
  }

  /** An integer field (U32, U64, PERCENT) as an unsigned long. */
  public long getLong(String name) {
    return (Long) get(name);
  }

  /** A byte-string field (addresses, MACs, strings, opaques). */
  public Bytes getBytes(String name) {
    return (Bytes) get(name);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof StructuredRecord
        && format.equals(((StructuredRecord) o).format)
        && values.equals(((StructuredRecord) o).values);
  }

  @Override
  public int hashCode() {
    return format.hashCode() * 31 + values.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(format.name()).append('{');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(schema.fields().get(i).name()).append('=').append(values.get(i));
    }
    return sb.append('}').toString();
  }

  /** Builds a {@link StructuredRecord} field by field. */
  public static final class Builder {
    private final DataFormat format;
    private final RecordSchema schema;
    private final List<@Nullable Object> values;

    private Builder(DataFormat format) {
      RecordSchema s = RecordSchemas.of(format);
      if (s == null) {
        throw new IllegalArgumentException("no schema for " + format);
      }
      this.format = format;
      this.schema = s;
      this.values = new ArrayList<>();
      for (int i = 0; i < s.fields().size(); i++) {
        values.add(null);
      }
    }

    /** The schema of the record being built. */
    public RecordSchema schema() {
      return schema;
    }

    /** Sets the field named {@code name}. */
    public Builder set(String name, Object value) {
      int i = schema.indexOf(name);
      if (i < 0) {
        throw new IllegalArgumentException(format.name() + " has no field " + name);
      }
      values.set(i, value);
      return this;
    }

    /** Validates and builds; optional trailing fields must be all set or all unset. */
    public StructuredRecord build() {
      int n = schema.fields().size();
      int mandatory = schema.mandatoryCount();
      boolean anyOptional = false;
      for (int i = mandatory; i < n; i++) {
        anyOptional |= values.get(i) != null;
      }
      List<@Nullable Object> v = values.subList(0, anyOptional ? n : mandatory);
      return of(format, v);
    }
  }
}
