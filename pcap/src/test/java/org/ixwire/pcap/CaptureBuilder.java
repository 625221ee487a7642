package org.ixwire.pcap;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Test helper: writes classic pcap and pcapng files in either byte order. */
final class CaptureBuilder {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteOrder order;

  private CaptureBuilder(ByteOrder order) {
    this.order = order;
  }

  /** A classic pcap with the given magic (0xa1b2c3d4 or 0xa1b23c4d). */
  static CaptureBuilder pcap(ByteOrder order, int magic, int snaplen, int linkType) {
    CaptureBuilder b = new CaptureBuilder(order);
    ByteBuffer h = b.buf(24);
    h.putInt(magic).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0);
    h.putInt(snaplen).putInt(linkType);
    b.write(h);
    return b;
  }

  /** An empty pcapng; call {@link #section} first. */
  static CaptureBuilder pcapng(ByteOrder order) {
    return new CaptureBuilder(order);
  }

  CaptureBuilder record(long sec, long frac, byte[] data, int origLen) {
    ByteBuffer h = buf(16);
    h.putInt((int) sec).putInt((int) frac).putInt(data.length).putInt(origLen);
    write(h);
    out.writeBytes(data);
    return this;
  }

  CaptureBuilder record(long sec, long frac, byte[] data) {
    return record(sec, frac, data, data.length);
  }

  CaptureBuilder section() {
    return block(
        0x0A0D0D0A,
        body(16).putInt(0x1A2B3C4D).putShort((short) 1).putShort((short) 0).putLong(-1L));
  }

  /** IDB with an optional if_tsresol (pass -1 for none). */
  CaptureBuilder idb(int linkType, int snaplen, int tsresol) {
    ByteBuffer b = body(tsresol >= 0 ? 8 + 8 + 4 : 8);
    b.putShort((short) linkType).putShort((short) 0).putInt(snaplen);
    if (tsresol >= 0) {
      b.putShort((short) 9).putShort((short) 1).put((byte) tsresol).put(new byte[3]);
      b.putShort((short) 0).putShort((short) 0);
    }
    return block(1, b);
  }

  CaptureBuilder epb(int ifId, long ts, byte[] data, int origLen) {
    int padded = (data.length + 3) & ~3;
    ByteBuffer b = body(20 + padded);
    b.putInt(ifId).putInt((int) (ts >>> 32)).putInt((int) ts).putInt(data.length).putInt(origLen);
    b.put(data).put(new byte[padded - data.length]);
    return block(6, b);
  }

  CaptureBuilder opb(int ifId, long ts, byte[] data) {
    int padded = (data.length + 3) & ~3;
    ByteBuffer b = body(20 + padded);
    b.putShort((short) ifId).putShort((short) 0).putInt((int) (ts >>> 32)).putInt((int) ts);
    b.putInt(data.length).putInt(data.length);
    b.put(data).put(new byte[padded - data.length]);
    return block(2, b);
  }

  CaptureBuilder spb(byte[] data) {
    int padded = (data.length + 3) & ~3;
    ByteBuffer b = body(4 + padded);
    b.putInt(data.length).put(data).put(new byte[padded - data.length]);
    return block(3, b);
  }

  CaptureBuilder unknownBlock(int type, int bodyLength) {
    return block(type, body(bodyLength));
  }

  CaptureBuilder raw(byte[] bytes) {
    out.writeBytes(bytes);
    return this;
  }

  byte[] bytes() {
    return out.toByteArray();
  }

  private ByteBuffer body(int n) {
    return buf(n);
  }

  private CaptureBuilder block(int type, ByteBuffer body) {
    int len = 12 + body.capacity();
    ByteBuffer b = buf(len);
    b.putInt(type).putInt(len).put(body.array()).putInt(len);
    write(b);
    return this;
  }

  private ByteBuffer buf(int n) {
    return ByteBuffer.allocate(n).order(order);
  }

  private void write(ByteBuffer b) {
    out.writeBytes(b.array());
  }
}
