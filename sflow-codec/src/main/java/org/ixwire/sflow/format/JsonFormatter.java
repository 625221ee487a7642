package org.ixwire.sflow.format;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.ixwire.sflow.SflowDatagram;
import org.ixwire.sflow.SflowDecodeException;
import org.ixwire.sflow.SflowDecoder;
import org.ixwire.sflow.packet.HeaderParser;
import org.ixwire.sflow.packet.PacketFacts;
import org.ixwire.sflow.record.Bytes;
import org.ixwire.sflow.record.Field;
import org.ixwire.sflow.record.OpaqueRecord;
import org.ixwire.sflow.record.RecordSchema;
import org.ixwire.sflow.record.SflowRecord;
import org.ixwire.sflow.record.StructuredRecord;
import org.ixwire.sflow.sample.CounterSample;
import org.ixwire.sflow.sample.DiscardedPacketSample;
import org.ixwire.sflow.sample.DropReasons;
import org.ixwire.sflow.sample.FlowSample;
import org.ixwire.sflow.sample.SflowSample;
import org.ixwire.sflow.sample.UnknownSample;

/**
 * One JSON object per datagram, one per line (schema in docs/formats.md, section sflow): datagram
 * header, samples with their records as typed fields named after the sFlow structures, decoded
 * packet facts for sampled headers, and {@code "error"} objects for datagrams the strict decoder
 * rejects. Numbers are JSON numbers (unsigned 64-bit counters as their unsigned decimal value),
 * addresses and MACs strings, opaque bytes lowercase hex.
 */
public final class JsonFormatter {
  private final PacketFacts facts = new PacketFacts();

  /** Appends the JSON line for one datagram to {@code out}. */
  public void format(
      ByteBuf buf, int offset, int length, String source, long timestampNanos, StringBuilder out) {
    out.append("{\"source\":");
    string(source, out);
    out.append(",\"timestampNanos\":").append(timestampNanos);
    out.append(",\"size\":").append(length);
    SflowDatagram d;
    try {
      d = SflowDecoder.decodeAnyVersion(buf, offset, length);
    } catch (SflowDecodeException e) {
      out.append(",\"error\":{\"offset\":").append(e.offset() - offset).append(",\"context\":");
      string(e.context(), out);
      out.append(",\"message\":");
      string(Objects.requireNonNull(e.getMessage()), out);
      out.append("}}\n");
      return;
    }
    out.append(",\"version\":").append(buf.getInt(offset)).append(",\"agent\":");
    string(address(d.agentAddress()), out);
    out.append(",\"subAgentId\":").append(d.subAgentId());
    out.append(",\"sequenceNumber\":").append(d.sequenceNumber());
    out.append(",\"uptime\":").append(d.uptime());
    out.append(",\"samples\":[");
    for (int i = 0; i < d.samples().size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      sample(d.samples().get(i), out);
    }
    out.append("]}\n");
  }

  private void sample(SflowSample s, StringBuilder out) {
    out.append("{\"type\":\"").append(s.type().name()).append('"');
    List<SflowRecord> records = List.of();
    if (s instanceof FlowSample) {
      FlowSample f = (FlowSample) s;
      out.append(",\"sequenceNumber\":").append(f.sequenceNumber());
      out.append(",\"sourceIdType\":").append(f.sourceIdType());
      out.append(",\"sourceIdIndex\":").append(f.sourceIdIndex());
      out.append(",\"samplingRate\":").append(f.samplingRate());
      out.append(",\"samplePool\":").append(f.samplePool());
      out.append(",\"drops\":").append(f.drops());
      out.append(",\"inputFormat\":").append(f.inputFormat());
      out.append(",\"input\":").append(f.input());
      out.append(",\"outputFormat\":").append(f.outputFormat());
      out.append(",\"output\":").append(f.output());
      records = f.records();
    } else if (s instanceof CounterSample) {
      CounterSample c = (CounterSample) s;
      out.append(",\"sequenceNumber\":").append(c.sequenceNumber());
      out.append(",\"sourceIdType\":").append(c.sourceIdType());
      out.append(",\"sourceIdIndex\":").append(c.sourceIdIndex());
      records = c.records();
    } else if (s instanceof DiscardedPacketSample) {
      DiscardedPacketSample c = (DiscardedPacketSample) s;
      out.append(",\"sequenceNumber\":").append(c.sequenceNumber());
      out.append(",\"sourceIdType\":").append(c.sourceIdType());
      out.append(",\"sourceIdIndex\":").append(c.sourceIdIndex());
      out.append(",\"drops\":").append(c.drops());
      out.append(",\"input\":").append(c.inputIfIndex());
      out.append(",\"output\":").append(c.outputIfIndex());
      out.append(",\"reason\":").append(c.reason());
      String name = DropReasons.name(c.reason());
      if (name != null) {
        out.append(",\"reasonName\":\"").append(name).append('"');
      }
      records = c.records();
    } else {
      out.append(",\"enterprise\":").append(s.type().enterprise());
      out.append(",\"format\":").append(s.type().format());
      out.append(",\"body\":\"").append(((UnknownSample) s).body().toHex()).append('"');
    }
    if (!(s instanceof UnknownSample)) {
      out.append(",\"records\":[");
      for (int i = 0; i < records.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        record(records.get(i), out);
      }
      out.append(']');
    }
    out.append('}');
  }

  private void record(SflowRecord r, StringBuilder out) {
    out.append("{\"enterprise\":").append(r.format().enterprise());
    out.append(",\"format\":").append(r.format().format());
    out.append(",\"name\":\"").append(r.format().isKnown() ? r.format().name() : "unknown");
    out.append('"');
    if (r instanceof OpaqueRecord) {
      out.append(",\"raw\":\"").append(((OpaqueRecord) r).body().toHex()).append("\"}");
      return;
    }
    StructuredRecord sr = (StructuredRecord) r;
    out.append(",\"fields\":");
    fields(sr.schema(), sr.values(), out);
    if (sr.schema().name().equals("sampled_header")) {
      Bytes h = sr.getBytes("headerBytes");
      ByteBuf hb = Unpooled.wrappedBuffer(h.toArray());
      try {
        HeaderParser.parse(hb, 0, h.length(), (int) sr.getLong("headerProtocol"), facts);
        out.append(",\"packet\":");
        packet(facts, hb, out);
      } finally {
        hb.release();
      }
    }
    out.append('}');
  }

  private static void fields(RecordSchema schema, List<Object> values, StringBuilder out) {
    out.append('{');
    for (int i = 0; i < values.size(); i++) {
      Field f = schema.fields().get(i);
      if (i > 0) {
        out.append(',');
      }
      string(f.name(), out);
      out.append(':');
      value(f, values.get(i), out);
    }
    out.append('}');
  }

  @SuppressWarnings("unchecked")
  private static void value(Field f, Object v, StringBuilder out) {
    switch (f.type()) {
      case U32:
      case PERCENT:
        out.append((long) (Long) v);
        return;
      case U64:
        out.append(Long.toUnsignedString((Long) v));
        return;
      case U64_HEX:
        out.append('"').append(String.format(Locale.ROOT, "%016x", (Long) v)).append('"');
        return;
      case FLOAT:
      case DOUBLE:
        {
          double d = ((Number) v).doubleValue();
          if (Double.isFinite(d)) {
            out.append(v);
          } else {
            out.append("null");
          }
          return;
        }
      case MAC:
        out.append('"').append(mac(((Bytes) v).toHex())).append('"');
        return;
      case IPV4:
      case IPV6:
      case ADDRESS:
        string(address((Bytes) v), out);
        return;
      case UUID:
        {
          String h = ((Bytes) v).toHex();
          out.append('"')
              .append(h, 0, 8)
              .append('-')
              .append(h, 8, 12)
              .append('-')
              .append(h, 12, 16)
              .append('-')
              .append(h, 16, 20)
              .append('-')
              .append(h, 20, 32)
              .append('"');
          return;
        }
      case STRING:
        string(((Bytes) v).asUtf8(), out);
        return;
      case OPAQUE:
        out.append('"').append(((Bytes) v).toHex()).append('"');
        return;
      case U32_ARRAY:
        out.append('[');
        List<Long> l = (List<Long>) v;
        for (int i = 0; i < l.size(); i++) {
          out.append(i > 0 ? "," : "").append((long) l.get(i));
        }
        out.append(']');
        return;
      case STRUCT_ARRAY:
        {
          RecordSchema el = Objects.requireNonNull(f.element());
          out.append('[');
          List<List<Object>> items = (List<List<Object>>) v;
          for (int i = 0; i < items.size(); i++) {
            out.append(i > 0 ? "," : "");
            fields(el, items.get(i), out);
          }
          out.append(']');
          return;
        }
    }
  }

  private static String mac(String hex) {
    StringBuilder sb = new StringBuilder(17);
    for (int i = 0; i < 12; i += 2) {
      if (i > 0) {
        sb.append(':');
      }
      sb.append(hex, i, i + 2);
    }
    return sb.toString();
  }

  private static void packet(PacketFacts f, ByteBuf hb, StringBuilder out) {
    out.append('{');
    boolean first = true;
    if (f.hasEthernet) {
      out.append("\"srcMac\":\"").append(mac(String.format("%012x", f.srcMac))).append('"');
      out.append(",\"dstMac\":\"").append(mac(String.format("%012x", f.dstMac))).append('"');
      out.append(",\"etherType\":").append(f.etherType);
      out.append(",\"vlans\":[");
      for (int i = 0; i < Math.min(f.vlanCount, PacketFacts.MAX_VLANS); i++) {
        out.append(i > 0 ? "," : "").append(f.vlans[i]);
      }
      out.append(']');
      first = false;
    }
    if (f.labelCount > 0) {
      out.append(first ? "" : ",").append("\"mplsLabels\":[");
      for (int i = 0; i < Math.min(f.labelCount, PacketFacts.MAX_LABELS); i++) {
        out.append(i > 0 ? "," : "").append(f.labels[i] >>> 12);
      }
      out.append(']');
      first = false;
    }
    if (f.ipVersion != 0) {
      out.append(first ? "" : ",").append("\"ipVersion\":").append(f.ipVersion);
      byte[] a = new byte[f.ipVersion == 4 ? 4 : 16];
      if (f.ipVersion == 4) {
        hb.getBytes(f.ipOffset + 12, a);
      } else {
        hb.getBytes(f.ipv6SrcOffset, a);
      }
      out.append(",\"srcIp\":");
      string(address(Bytes.of(a)), out);
      hb.getBytes(f.ipVersion == 4 ? f.ipOffset + 16 : f.ipv6SrcOffset + 16, a);
      out.append(",\"dstIp\":");
      string(address(Bytes.of(a)), out);
      out.append(",\"protocol\":").append(f.ipProtocol);
      out.append(",\"tos\":").append(f.tos);
      out.append(",\"ttl\":").append(f.ttl);
      if (f.fragmentOffset != 0 || f.moreFragments) {
        out.append(",\"fragmentOffset\":").append(f.fragmentOffset);
      }
      first = false;
    }
    if (f.hasL4) {
      if (f.ipProtocol == 1 || f.ipProtocol == 58) {
        out.append(",\"icmpType\":").append(f.icmpType).append(",\"icmpCode\":").append(f.icmpCode);
      } else if (f.ipProtocol == 6 || f.ipProtocol == 17) {
        out.append(",\"srcPort\":").append(f.srcPort).append(",\"dstPort\":").append(f.dstPort);
        if (f.ipProtocol == 6) {
          out.append(",\"tcpFlags\":").append(f.tcpFlags);
        }
      }
    }
    if (f.vxlan) {
      out.append(",\"vxlanVni\":").append(f.vni);
    }
    if (f.gre) {
      out.append(",\"greProtocol\":").append(f.greProtocol);
    }
    PacketFacts in = f.inner();
    if (f.hasInner && in != null) {
      out.append(first ? "" : ",").append("\"inner\":");
      packet(in, hb, out);
    }
    out.append('}');
  }

  private static String address(Bytes b) {
    if (b.length() == 0) {
      return "";
    }
    try {
      return InetAddress.getByAddress(b.toArray()).getHostAddress();
    } catch (UnknownHostException e) {
      return b.toHex();
    }
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}
