package org.ixwire.sflow.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.Objects;
import org.ixwire.sflow.record.Bytes;
import org.ixwire.sflow.record.DataFormat;
import org.ixwire.sflow.record.RecordSchema;
import org.ixwire.sflow.record.RecordSchemas;
import org.ixwire.sflow.record.StructuredRecord;
import org.ixwire.testing.Hex;
import org.junit.jupiter.api.Test;

class SchemaCodecTest {
  private static final DataFormat HOST_CPU = DataFormat.counter(0, 2003);

  @Test
  void optionalTailDecodedOnlyWhenPresent() {
    RecordSchema s = Objects.requireNonNull(RecordSchemas.of(HOST_CPU));
    ByteBuf b = Unpooled.buffer(80).writeZero(80);
    try {
      StructuredRecord full = SchemaCodec.decode(HOST_CPU, s, b, 0, 80);
      StructuredRecord old = SchemaCodec.decode(HOST_CPU, s, b, 0, 68);
      assertEquals(20, Objects.requireNonNull(full).values().size());
      assertEquals(17, Objects.requireNonNull(old).values().size());
      assertNull(SchemaCodec.decode(HOST_CPU, s, b, 0, 72)); // a partial tail
    } finally {
      b.release();
    }
  }

  @Test
  void nonZeroPaddingKeepsOriginalBody() {
    DataFormat portName = DataFormat.counter(0, 1005);
    RecordSchema s = Objects.requireNonNull(RecordSchemas.of(portName));
    ByteBuf b = Hex.buf("00000003 657468ff");
    ByteBuf out = Unpooled.buffer();
    try {
      StructuredRecord r = SchemaCodec.decode(portName, s, b, 0, 8);
      assertNotNull(r);
      assertEquals(Bytes.ofUtf8("eth"), r.getBytes("ifName"));
      assertEquals(8, SchemaCodec.encodedLength(r));
      SchemaCodec.encode(r, out);
      assertEquals("00000003657468ff", Hex.of(out));
      out.clear();
      SchemaCodec.encode(r.toBuilder().build(), out);
      assertEquals("0000000365746800", Hex.of(out));
    } finally {
      b.release();
      out.release();
    }
  }

  @Test
  void hugeArrayCountIsRejectedBeforeAllocating() {
    DataFormat vlanTunnel = DataFormat.flow(0, 1012);
    RecordSchema s = Objects.requireNonNull(RecordSchemas.of(vlanTunnel));
    ByteBuf b = Hex.buf("7fffffff 00000001");
    try {
      assertNull(SchemaCodec.decode(vlanTunnel, s, b, 0, 8));
    } finally {
      b.release();
    }
  }
}
