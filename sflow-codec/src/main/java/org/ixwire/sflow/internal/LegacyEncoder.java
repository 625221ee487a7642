package org.ixwire.sflow.internal;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.List;
import org.ixwire.sflow.SflowDatagram;
import org.ixwire.sflow.record.Bytes;
import org.ixwire.sflow.record.SflowRecord;
import org.ixwire.sflow.record.StructuredRecord;
import org.ixwire.sflow.sample.CounterSample;
import org.ixwire.sflow.sample.FlowSample;
import org.ixwire.sflow.sample.SflowSample;

/**
 * Encodes v5-model values as sFlow v2 or v4 datagrams (RFC 3176), the inverse of {@link
 * LegacyDecoder}. Only what v2/v4 can carry is accepted: flow samples whose first record is a
 * sampled header, IPv4 or IPv6 record followed by switch, router, gateway, user and URL records;
 * counters samples holding generic counters alone or with Ethernet, token ring or 100BaseVG
 * counters, or VLAN counters alone. The counters sampling interval is written as 0.
 */
public final class LegacyEncoder {
  private LegacyEncoder() {}

  /** Exact encoded length (writes into a scratch buffer). */
  public static int encodedLength(SflowDatagram d, int version) {
    ByteBuf b = Unpooled.buffer();
    try {
      encode(d, version, b);
      return b.readableBytes();
    } finally {
      b.release();
    }
  }

  /** Writes the datagram as version 2 or 4. */
  public static void encode(SflowDatagram d, int version, ByteBuf out) {
    if (version != 2 && version != 4) {
      throw new IllegalArgumentException("version must be 2 or 4: " + version);
    }
    out.writeInt(version);
    address(d.agentAddress(), out);
    out.writeInt((int) d.sequenceNumber());
    out.writeInt((int) d.uptime());
    out.writeInt(d.samples().size());
    for (SflowSample s : d.samples()) {
      if (s instanceof FlowSample) {
        flow((FlowSample) s, version, out);
      } else if (s instanceof CounterSample) {
        counters((CounterSample) s, out);
      } else {
        throw new IllegalArgumentException(s.type() + " has no v" + version + " form");
      }
    }
  }

  private static void address(Bytes a, ByteBuf out) {
    out.writeInt(a.length() == 0 ? 0 : a.length() == 4 ? 1 : 2);
    a.writeTo(out);
  }

  private static StructuredRecord structured(SflowRecord r) {
    if (!(r instanceof StructuredRecord)) {
      throw new IllegalArgumentException(r.format() + " is opaque: no v2/v4 form");
    }
    return (StructuredRecord) r;
  }

  private static void padded(Bytes b, ByteBuf out) {
    out.writeInt(b.length());
    b.writeTo(out);
    out.writeZero(((b.length() + 3) & ~3) - b.length());
  }

  @SuppressWarnings("unchecked")
  private static void flow(FlowSample f, int version, ByteBuf out) {
    if (f.records().isEmpty()
        || f.inputFormat() != 0
        || f.sourceIdType() > 0xff
        || f.sourceIdIndex() > 0xffffff) {
      throw new IllegalArgumentException("flow sample has no v2/v4 form");
    }
    out.writeInt(1);
    out.writeInt((int) f.sequenceNumber());
    out.writeInt((int) ((f.sourceIdType() << 24) | f.sourceIdIndex()));
    out.writeInt((int) f.samplingRate());
    out.writeInt((int) f.samplePool());
    out.writeInt((int) f.drops());
    out.writeInt((int) f.input());
    out.writeInt((int) (f.outputFormat() == 2 ? 0x80000000L | f.output() : f.output()));
    StructuredRecord p = structured(f.records().get(0));
    switch (p.format().tag()) {
      case 1:
        out.writeInt(1);
        out.writeInt((int) p.getLong("headerProtocol"));
        out.writeInt((int) p.getLong("sampledPacketSize"));
        padded(p.getBytes("headerBytes"), out);
        break;
      case 3:
      case 4:
        out.writeInt(p.format().tag() == 3 ? 2 : 3);
        SchemaCodec.encode(p, out);
        break;
      default:
        throw new IllegalArgumentException(p.format() + " cannot be v2/v4 packet data");
    }
    List<SflowRecord> ext = f.records().subList(1, f.records().size());
    out.writeInt(ext.size());
    for (SflowRecord r : ext) {
      StructuredRecord e = structured(r);
      switch (e.format().tag()) {
        case 1001:
          out.writeInt(1);
          SchemaCodec.encode(e, out);
          break;
        case 1002:
          out.writeInt(2);
          SchemaCodec.encode(e, out);
          break;
        case 1003:
          {
            out.writeInt(3);
            out.writeInt((int) e.getLong("my_as"));
            out.writeInt((int) e.getLong("src_as"));
            out.writeInt((int) e.getLong("src_peer_as"));
            List<List<Object>> segments = (List<List<Object>>) e.get("dst_as_path");
            if (version == 2) {
              int n = 0;
              for (List<Object> seg : segments) {
                n += ((List<Long>) seg.get(1)).size();
              }
              out.writeInt(n);
              for (List<Object> seg : segments) {
                for (long as : (List<Long>) seg.get(1)) {
                  out.writeInt((int) as);
                }
              }
            } else {
              out.writeInt(segments.size());
              for (List<Object> seg : segments) {
                out.writeInt((int) (long) (Long) seg.get(0));
                List<Long> path = (List<Long>) seg.get(1);
                out.writeInt(path.size());
                for (long as : path) {
                  out.writeInt((int) as);
                }
              }
              List<Long> communities = (List<Long>) e.get("BGP_communities");
              out.writeInt(communities.size());
              for (long c : communities) {
                out.writeInt((int) c);
              }
              out.writeInt((int) e.getLong("BGP_localpref"));
            }
            break;
          }
        case 1004:
          out.writeInt(4);
          padded(e.getBytes("src_user"), out);
          padded(e.getBytes("dst_user"), out);
          break;
        case 1005:
          out.writeInt(5);
          out.writeInt((int) e.getLong("url_direction"));
          padded(e.getBytes("url"), out);
          break;
        default:
          throw new IllegalArgumentException(e.format() + " has no v2/v4 extended data form");
      }
    }
  }

  private static void counters(CounterSample c, ByteBuf out) {
    if (c.sourceIdType() > 0xff || c.sourceIdIndex() > 0xffffff) {
      throw new IllegalArgumentException("counters sample has no v2/v4 form");
    }
    int[] tags = new int[c.records().size()];
    for (int i = 0; i < tags.length; i++) {
      tags[i] = structured(c.records().get(i)).format().tag();
    }
    int kind;
    if (tags.length == 1 && tags[0] == 1) {
      kind = 1;
    } else if (tags.length == 2 && tags[0] == 1 && tags[1] == 2) {
      kind = 2;
    } else if (tags.length == 2 && tags[0] == 1 && tags[1] == 3) {
      kind = 3;
    } else if (tags.length == 2 && tags[0] == 1 && tags[1] == 4) {
      kind = 5;
    } else if (tags.length == 1 && tags[0] == 5) {
      kind = 7;
    } else {
      throw new IllegalArgumentException("counter records have no v2/v4 form");
    }
    out.writeInt(2);
    out.writeInt((int) c.sequenceNumber());
    out.writeInt((int) ((c.sourceIdType() << 24) | c.sourceIdIndex()));
    out.writeInt(0);
    out.writeInt(kind);
    for (SflowRecord r : c.records()) {
      SchemaCodec.encode((StructuredRecord) r, out);
    }
  }
}
