package org.ixwire.sflow.format;

import io.netty.buffer.ByteBuf;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.ixwire.sflow.record.DataFormat;
import org.ixwire.sflow.record.Field;
import org.ixwire.sflow.record.FieldType;
import org.ixwire.sflow.record.RecordSchema;
import org.ixwire.sflow.record.RecordSchemas;
import org.ixwire.sflow.sample.DropReasons;
import org.jspecify.annotations.Nullable;

/**
 * Prints sFlow datagrams exactly as sflowtool 6.11 does: the default key-value form ({@link
 * Mode#DEFAULT}) and {@code -l} lines ({@link Mode#LINE}), quirks included (see
 * corpus/sflow/SFLOWTOOL-FORMAT.md): per-sample state, "last record wins", IPID printed
 * byte-swapped, IPv6 IP_size including the link header, 30-bit compact ports, and sflowtool's error
 * model: every sample and record length is checked after it is printed, and the first mismatch or
 * overrun abandons the rest of the datagram (lines already printed stay; a message goes to {@link
 * #errors()}).
 *
 * <p>This walker reads the raw bytes itself rather than the strict {@link
 * org.ixwire.sflow.SflowDecoder}, because reproducing sflowtool means printing a partially valid
 * datagram up to the byte where sflowtool stops. Output is built as ISO-8859-1 text (one char per
 * byte), so strings from the wire pass through unchanged; write it with that charset. Not
 * thread-safe; reuse one instance per thread.
 */
public final class SflowtoolFormatter {
  /** Output mode. */
  public enum Mode {
    /** sflowtool's default "key value" lines. */
    DEFAULT,
    /** sflowtool -l: one FLOW line per flow sample, one CNTR line per counters sample. */
    LINE
  }

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ", Locale.ROOT).withZone(ZoneOffset.UTC);

  private static final int ABORT_EOS = 1;
  private static final int ABORT_DECODE = 2;
  private static final int ABORT_LENGTH = 3;

  /** Unwinds to the datagram level, like sflowtool's longjmp. */
  private static final class Abort extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int code;

    Abort(int code) {
      super(null, null, false, false);
      this.code = code;
    }
  }

  private final Mode mode;
  private final StringBuilder out;
  private final StringBuilder err = new StringBuilder();

  // cursor
  private ByteBuf buf;
  private int start;
  private int pos;
  private int end;
  private int version;
  private String prefix = "";

  // per-datagram
  private String agent = "-";

  // per-sample state (sflowtool zeroes it before each sample)
  private long inputPort;
  private long outputPort;
  private long ethSrc;
  private long ethDst;
  private int ethType;
  private long inVlan;
  private long outVlan;
  private String ipSrc = "-";
  private String ipDst = "-";
  private long ipProtocol;
  private long ipTos;
  private long ipTtl;
  private long sport;
  private long dport;
  private long tcpFlags;
  private long sampledPacketSize;
  private long stripped;
  private int offsetToIpv4;
  private int offsetToIpv6;
  private boolean gotIpv4;
  private boolean gotIpv6;
  private long meanSkipCount;
  private final long[] ifCounters = new long[19];

  /** A formatter appending to {@code out}. */
  public SflowtoolFormatter(Mode mode, StringBuilder out) {
    this.mode = mode;
    this.out = out;
    this.buf = io.netty.buffer.Unpooled.EMPTY_BUFFER;
  }

  /** Messages sflowtool would print on stderr (length errors, "caught exception: N"). */
  public StringBuilder errors() {
    return err;
  }

  /**
   * Formats one datagram of {@code length} bytes at absolute {@code offset} (the UDP payload).
   *
   * @param source the sender's address as sflowtool prints it ({@code -} when reading a capture)
   * @param pcapSeconds capture timestamp seconds (0 = not from a capture: no pcapTimestamp lines)
   * @param pcapMicros capture timestamp microseconds
   * @param readSeconds receive time (sflowtool prints 0 when reading a capture)
   * @param readMicros receive time microseconds
   */
  public void format(
      ByteBuf buf,
      int offset,
      int length,
      String source,
      long pcapSeconds,
      long pcapMicros,
      long readSeconds,
      long readMicros) {
    this.buf = buf;
    this.start = offset;
    this.pos = offset;
    this.end = offset + length;
    this.prefix = "";
    this.agent = "-";
    log("startDatagram =================================\n");
    try {
      if (mode == Mode.DEFAULT) {
        kv("datagramSourceIP", source);
        kv("datagramSize", Integer.toString(length));
        kv("unixSecondsUTC", Long.toString(readSeconds));
        kv("unixSecondsUTC_uS", Long.toString(readMicros));
        kv("localtime", ISO.format(Instant.ofEpochSecond(readSeconds)));
        if (pcapSeconds != 0) {
          kv("pcapTimestamp", ISO.format(Instant.ofEpochSecond(pcapSeconds)));
          kv("pcapTimestamp_uS", Long.toString(pcapMicros));
        }
      }
      datagram();
    } catch (Abort a) {
      err.append("caught exception: ").append(a.code).append('\n');
    }
    log("endDatagram   =================================\n");
  }

  // ---------------------------------------------------------------- output helpers

  private void log(String s) {
    if (mode == Mode.DEFAULT) {
      out.append(s);
    }
  }

  private void kv(String key, String value) {
    if (mode == Mode.DEFAULT) {
      out.append(prefix).append(key).append(' ').append(value).append('\n');
    }
  }

  private void kv(String key, long value) {
    if (mode == Mode.DEFAULT) {
      out.append(prefix).append(key).append(' ').append(value).append('\n');
    }
  }

  private static String tag(long tag) {
    return (tag >>> 12) + ":" + (tag & 0xfff);
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private static String mac(long m) {
    char[] c = new char[12];
    for (int i = 11; i >= 0; i--) {
      c[i] = HEX[(int) (m & 15)];
      m >>>= 4;
    }
    return new String(c);
  }

  private String macAt(int p) {
    return mac(((long) buf.getUnsignedShort(p) << 32) | buf.getUnsignedInt(p + 2));
  }

  private String ipv4At(int p) {
    return buf.getUnsignedByte(p)
        + "."
        + buf.getUnsignedByte(p + 1)
        + "."
        + buf.getUnsignedByte(p + 2)
        + "."
        + buf.getUnsignedByte(p + 3);
  }

  private String ipv6At(int p) {
    StringBuilder sb = new StringBuilder(39);
    for (int i = 0; i < 16; i++) {
      if (i > 0 && (i & 1) == 0) {
        sb.append(':');
      }
      int b = buf.getUnsignedByte(p + i);
      sb.append(HEX[b >> 4]).append(HEX[b & 15]);
    }
    return sb.toString();
  }

  private static String hexDump(ByteBuf b, int p, int len) {
    // sflowtool printHex into a 2000-byte scratch buffer: upper case, '-' separated, stops early
    StringBuilder sb = new StringBuilder(Math.min(len, 700) * 3);
    final char[] up = "0123456789ABCDEF".toCharArray();
    for (int i = 0; i < len; i++) {
      if (sb.length() > 2000 - 10) {
        break;
      }
      int v = b.getUnsignedByte(p + i);
      sb.append(up[v >> 4]).append(up[v & 15]);
      if (i > 0 && i % 2000 == 0) {
        sb.append('\n');
      } else if (i < len - 1) {
        sb.append('-');
      }
    }
    return sb.toString();
  }

  private static String fixed(double v, int decimals) {
    if (Double.isNaN(v)) {
      return "nan";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    String s = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    if (v < 0 || (v == 0 && 1 / v < 0)) {
      if (!s.startsWith("-")) {
        s = "-" + s;
      }
    }
    return s;
  }

  // ---------------------------------------------------------------- cursor (sflowtool semantics)

  private long u32() {
    if (pos + 4 > end) {
      pos += 4;
      throw new Abort(ABORT_EOS);
    }
    long v = buf.getUnsignedInt(pos);
    pos += 4;
    return v;
  }

  private long u64() {
    long hi = u32();
    long lo = u32();
    return (hi << 32) | lo;
  }

  private void skip(long n) {
    if (n > end - start) {
      throw new Abort(ABORT_EOS);
    }
    long np = pos + ((n + 3) / 4) * 4;
    if (np > end) {
      throw new Abort(ABORT_EOS);
    }
    pos = (int) np;
  }

  /** getString: returns the printable part (capped at {@code bufLen - 1}, up to a NUL). */
  private String string(int bufLen) {
    long len = u32();
    int p = pos;
    skip(len);
    int read = (int) Math.min(len, bufLen - 1);
    StringBuilder sb = new StringBuilder(read);
    for (int i = 0; i < read; i++) {
      int c = buf.getUnsignedByte(p + i);
      if (c == 0) {
        break;
      }
      sb.append((char) c);
    }
    return sb.toString();
  }

  private void lengthCheck(String what, int from, long len) {
    long actual = pos - from;
    long adjusted = ((((int) len) + 3) >> 2) << 2;
    if ((actual & 0xFFFFFFFFL) != (adjusted & 0xFFFFFFFFL)) {
      err.append(what)
          .append(" length error (expected ")
          .append((int) len)
          .append(", found ")
          .append((int) actual)
          .append(")\n");
      throw new Abort(ABORT_LENGTH);
    }
  }

  /** getAddress; returns the printed form. */
  private String address() {
    long type = u32();
    if (type == 1) {
      int p = pos;
      u32();
      return ipv4At(p);
    } else if (type == 2) {
      int p = pos;
      skip(16);
      return ipv6At(p);
    }
    err.append("unknown address type = ").append((int) type).append('\n');
    throw new Abort(ABORT_EOS);
  }

  private void receiveError(String msg) {
    err.append(msg).append(" (source IP = -)\n");
    throw new Abort(ABORT_DECODE);
  }

  private long next32(String key) {
    long v = u32();
    kv(key, v);
    return v;
  }

  private long next64(String key) {
    long v = u64();
    kv(key, Long.toUnsignedString(v));
    return v;
  }

  // ---------------------------------------------------------------- datagram

  private void resetSample() {
    inputPort = 0;
    outputPort = 0;
    ethSrc = 0;
    ethDst = 0;
    ethType = 0;
    inVlan = 0;
    outVlan = 0;
    ipSrc = "-";
    ipDst = "-";
    ipProtocol = 0;
    ipTos = 0;
    ipTtl = 0;
    sport = 0;
    dport = 0;
    tcpFlags = 0;
    sampledPacketSize = 0;
    stripped = 0;
    offsetToIpv4 = 0;
    offsetToIpv6 = 0;
    gotIpv4 = false;
    gotIpv6 = false;
    meanSkipCount = 0;
    java.util.Arrays.fill(ifCounters, 0);
  }

  private void datagram() {
    version = (int) u32();
    kv("datagramVersion", Integer.toString(version));
    if (version != 2 && version != 4 && version != 5) {
      receiveError("unexpected datagram version number\n");
    }
    agent = address();
    if (version >= 5) {
      next32("agentSubId");
    }
    long seq = u32();
    long uptime = u32();
    long samples = u32();
    kv("agent", agent);
    kv("packetSequenceNo", seq);
    kv("sysUpTime", uptime);
    kv("samplesInPacket", samples);
    for (long i = 0; i < samples; i++) {
      if (pos >= end) {
        err.append("unexpected end of datagram after sample ")
            .append(i)
            .append(" of ")
            .append(samples)
            .append('\n');
        throw new Abort(ABORT_EOS);
      }
      resetSample();
      prefix = "";
      long type = u32();
      log("startSample ----------------------\n");
      kv("sampleType_tag", tag(type));
      if (version >= 5) {
        switch ((int) type) {
          case 1:
            flowSample(false);
            break;
          case 2:
            countersSample(false);
            break;
          case 3:
            flowSample(true);
            break;
          case 4:
            countersSample(true);
            break;
          case 5:
            discardSample();
            break;
          case (4300 << 12) | 1002:
            rtMetric();
            break;
          case (4300 << 12) | 1003:
            rtFlow();
            break;
          default:
            {
              long len = u32();
              log("skipping unknown sample: " + tag(type) + " len=" + (int) len + "\n");
              skip(len);
            }
        }
      } else {
        if (type == 1) {
          flowSampleV2();
        } else if (type == 2) {
          countersSampleV2();
        } else {
          receiveError("unexpected sample type");
        }
      }
      prefix = "";
      log("endSample   ----------------------\n");
    }
  }

  // ---------------------------------------------------------------- flow samples

  private void flowSample(boolean expanded) {
    kv("sampleType", "FLOWSAMPLE");
    long sampleLength = u32();
    int sampleStart = pos;
    next32("sampleSequenceNo");
    long dsClass;
    long dsIndex;
    if (expanded) {
      dsClass = u32();
      dsIndex = u32();
    } else {
      long id = u32();
      dsClass = id >>> 24;
      dsIndex = id & 0xffffff;
    }
    kv("sourceId", dsClass + ":" + dsIndex);
    meanSkipCount = u32();
    long pool = u32();
    long drops = u32();
    kv("meanSkipCount", meanSkipCount);
    kv("samplePool", pool);
    kv("dropEvents", drops);
    long inFmt;
    long outFmt;
    if (expanded) {
      inFmt = u32();
      inputPort = u32();
      outFmt = u32();
      outputPort = u32();
    } else {
      long in = u32();
      long outp = u32();
      inFmt = in >>> 30;
      outFmt = outp >>> 30;
      inputPort = in & 0x3fffffff;
      outputPort = outp & 0x3fffffff;
    }
    port("inputPort", inFmt, inputPort);
    port("outputPort", outFmt, outputPort);
    flowElements();
    lengthCheck("flow_sample", sampleStart, sampleLength);
    if (mode == Mode.LINE) {
      flowLine();
    }
  }

  private void port(String key, long format, long value) {
    switch ((int) format) {
      case 3:
        kv(key, "format==3 " + value);
        break;
      case 2:
        kv(key, "multiple " + value);
        break;
      case 1:
        kv(key, "dropCode " + value);
        break;
      case 0:
        kv(key, value);
        break;
      default:
        // expanded formats above 3 print nothing, as in sflowtool
        break;
    }
  }

  private void discardSample() {
    kv("sampleType", "DISCARD");
    long sampleLength = u32();
    int sampleStart = pos;
    next32("sampleSequenceNo");
    long dsClass = u32();
    long dsIndex = u32();
    kv("sourceId", dsClass + ":" + dsIndex);
    next32("dropEvents");
    inputPort = next32("inputPort");
    outputPort = next32("outputPort");
    long reason = next32("discardCode");
    String name = DropReasons.name(reason);
    if (name != null) {
      kv("discardReason", name);
    }
    prefix = "discarded_";
    flowElements();
    prefix = "";
    lengthCheck("discard_sample", sampleStart, sampleLength);
  }

  private void flowElements() {
    long n = u32();
    for (long el = 0; el < n; el++) {
      long tag = u32();
      kv("flowBlock_tag", tag(tag));
      long length = u32();
      int recStart = pos;
      flowElement((int) tag, length);
      lengthCheck("flow_sample_element", recStart, length);
    }
  }

  private void flowElement(int tag, long length) {
    switch (tag) {
      case 1:
        header();
        break;
      case 2:
        ethernet("");
        break;
      case 3:
        ipv4Struct("");
        break;
      case 4:
        ipv6Struct("");
        break;
      case 1001:
        kv("extendedType", "SWITCH");
        inVlan = u32();
        long inPri = u32();
        outVlan = u32();
        long outPri = u32();
        kv("in_vlan", inVlan);
        kv("in_priority", inPri);
        kv("out_vlan", outVlan);
        kv("out_priority", outPri);
        break;
      case 1002:
        {
          kv("extendedType", "ROUTER");
          String nh = address();
          long sm = u32();
          long dm = u32();
          kv("nextHop", nh);
          kv("srcSubnetMask", sm);
          kv("dstSubnetMask", dm);
          break;
        }
      case 1003:
        gateway();
        break;
      case 1004:
        {
          kv("extendedType", "USER");
          long sc = 0;
          long dc = 0;
          if (version >= 5) {
            sc = u32();
            kv("src_user_charset", Integer.toString((int) sc));
          }
          String su = string(201);
          if (version >= 5) {
            dc = u32();
            kv("dst_user_charset", Integer.toString((int) dc));
          }
          String du = string(201);
          kv("src_user", su);
          kv("dst_user", du);
          break;
        }
      case 1005:
        {
          kv("extendedType", "URL");
          next32("url_direction");
          kv("url", string(201));
          if (version >= 5) {
            kv("host", string(201));
          }
          break;
        }
      case 1006:
        kv("extendedType", "MPLS");
        kv("mpls_nexthop", address());
        labelStack("mpls_input_stack");
        labelStack("mpls_output_stack");
        break;
      case 1007:
        kv("extendedType", "NAT");
        kv("nat_src", address());
        kv("nat_dst", address());
        break;
      case 1008:
        stringIfAny("mpls_tunnel_lsp_name", 101);
        next32("mpls_tunnel_id");
        next32("mpls_tunnel_cos");
        break;
      case 1009:
        stringIfAny("mpls_vc_name", 101);
        next32("mpls_vll_vc_id");
        next32("mpls_vc_cos");
        break;
      case 1010:
        stringIfAny("mpls_ftn_descr", 101);
        next32("mpls_ftn_mask");
        break;
      case 1011:
        next32("mpls_fec_addr_prefix_len");
        break;
      case 1012:
        vlanTunnel();
        break;
      case 1013:
        next32("cipher_suite");
        header();
        break;
      case 1014:
        wifi("rx_", new String[] {"version", "channel"}, true);
        break;
      case 1015:
        wifi(
            "tx_",
            new String[] {"version", "transmissions", "packet_uS", "retrans_uS", "channel"},
            false);
        break;
      case 1020:
        kv("extendedType", "NAT PORT");
        next32("nat_src_port");
        next32("nat_dst_port");
        break;
      case 1021:
        ethernet("tunnel_l2_out_");
        break;
      case 1022:
        ethernet("tunnel_l2_in_");
        break;
      case 1023:
        ipv4Struct("tunnel_ipv4_out_");
        break;
      case 1024:
        ipv4Struct("tunnel_ipv4_in_");
        break;
      case 1025:
        ipv6Struct("tunnel_ipv6_out_");
        break;
      case 1026:
        ipv6Struct("tunnel_ipv6_in_");
        break;
      case 1027:
      case 1028:
        {
          String p = tag == 1027 ? "out_" : "in_";
          long off = u32();
          kv("extendedType", p + "decap");
          kv(p + "decap_inner_header_offset", off);
          break;
        }
      case 1029:
      case 1030:
        {
          String p = tag == 1029 ? "out_" : "in_";
          long vni = u32();
          kv("extendedType", p + "VNI");
          kv(p + "VNI", vni);
          break;
        }
      case 1036:
        kv("extendedType", "egress_queue");
        next32("egress_queue_id");
        break;
      case 1038:
        kv("extendedType", "function");
        kv("symbol", string(257));
        break;
      case 1039:
        kv("extendedType", "transit");
        next32("transit_delay_nS");
        break;
      case 1040:
        kv("extendedType", "queue_depth");
        next32("queue_depth_bytes");
        break;
      case 1041:
        kv("extendedType", "hw_trap");
        kv("hw_trap_group", string(257));
        kv("hw_trap_name", string(257));
        break;
      case 1042:
        kv("extendedType", "linux_reason");
        kv("linux_drop_reason", string(257));
        break;
      case 1043:
        kv("extendedType", "timestamp");
        next64("timestamp_nS");
        break;
      case 2100:
        socket("socket4", false, true);
        break;
      case 2101:
        socket("socket6", true, true);
        break;
      case 2102:
        socket("proxy_socket4", false, false);
        break;
      case 2103:
        socket("proxy_socket6", true, false);
        break;
      case 2200:
        memcacheOp();
        break;
      case 2201:
      case 2206:
        http(tag == 2206);
        break;
      case 2202:
        kv("flowSampleType", "applicationOperation");
        stringIfAny("application", 32);
        stringIfAny("operation", 32);
        stringIfAny("attributes", 255);
        stringIfAny("status_descr", 32);
        next64("request_bytes");
        next64("response_bytes");
        next32("duration_uS");
        {
          long st = u32();
          if (st >= APP_STATUS.length) {
            kv("status", "<out-of-range=" + st + ">");
          } else {
            kv("status", APP_STATUS[(int) st]);
          }
        }
        break;
      case 2203:
        stringIfAny("server_context_application", 32);
        stringIfAny("server_context_operation", 32);
        stringIfAny("server_context_attributes", 255);
        break;
      case 2204:
        stringIfAny("actor_initiator", 64);
        break;
      case 2205:
        stringIfAny("actor_target", 64);
        break;
      case 2209:
        tcpInfo();
        break;
      default:
        log("skipping unknown flow_sample_element: " + tag(tag) + " len=" + (int) length + "\n");
        skip(length);
    }
  }

  private static final String[] APP_STATUS = {
    "SUCCESS",
    "OTHER",
    "TIMEOUT",
    "INTERNAL_ERROR",
    "BAD_REQUEST",
    "FORBIDDEN",
    "TOO_LARGE",
    "NOT_IMPLEMENTED",
    "NOT_FOUND",
    "UNAVAILABLE",
    "UNAUTHORIZED"
  };

  private void stringIfAny(String key, int bufLen) {
    long len = buf.capacity() >= pos + 4 && pos + 4 <= end ? buf.getUnsignedInt(pos) : 0;
    String s = string(bufLen);
    if (len > 0) {
      kv(key, s);
    }
  }

  private void labelStack(String key) {
    long depth = u32();
    int p = pos;
    skip(depth * 4);
    if (depth > 0) {
      StringBuilder sb = new StringBuilder();
      for (int j = 0; j < depth; j++) {
        if (j > 0) {
          sb.append('-');
        }
        long lab = buf.getUnsignedInt(p + 4 * j);
        sb.append(lab >>> 12)
            .append('.')
            .append((lab >>> 9) & 7)
            .append('.')
            .append((lab >>> 8) & 1)
            .append('.')
            .append(lab & 255);
      }
      kv(key, sb.toString());
    }
  }

  private void vlanTunnel() {
    long depth = u32();
    int p = pos;
    skip(depth * 4);
    if (depth > 0) {
      StringBuilder sb = new StringBuilder();
      for (int j = 0; j < depth; j++) {
        if (j > 0) {
          sb.append('-');
        }
        long lab = buf.getUnsignedInt(p + 4 * j);
        sb.append(String.format(Locale.ROOT, "0x%04x", lab >>> 16))
            .append('.')
            .append((lab >>> 13) & 7)
            .append('.')
            .append((lab >>> 12) & 1)
            .append('.')
            .append(lab & 4095);
      }
      kv("vlan_tunnel", sb.toString());
    }
  }

  private void wifi(String p, String[] before, boolean rx) {
    stringIfAny(p + "SSID", 257);
    int m = pos;
    skip(6);
    kv(p + "BSSID", macAt(m));
    if (rx) {
      next32(p + "version");
      next32(p + "channel");
      next64(p + "speed");
      next32(p + "rsni");
      next32(p + "rcpi");
      next32(p + "packet_uS");
    } else {
      for (String b : before) {
        next32(p + b);
      }
      next64(p + "speed");
      next32(p + "power_mW");
    }
  }

  private void socket(String p, boolean v6, boolean setsState) {
    kv("extendedType", p);
    next32(p + "_ip_protocol");
    String local;
    String remote;
    if (v6) {
      int a = pos;
      skip(16);
      int b = pos;
      skip(16);
      local = ipv6At(a);
      remote = ipv6At(b);
    } else {
      int a = pos;
      u32();
      int b = pos;
      u32();
      local = ipv4At(a);
      remote = ipv4At(b);
    }
    if (setsState) {
      ipSrc = local;
      ipDst = remote;
    }
    kv(p + "_local_ip", local);
    kv(p + "_remote_ip", remote);
    next32(p + "_local_port");
    next32(p + "_remote_port");
  }

  private void memcacheOp() {
    kv("flowSampleType", "memcache");
    next32("memcache_op_protocol");
    next32("memcache_op_cmd");
    long len = pos + 4 <= end ? buf.getUnsignedInt(pos) : 0;
    String key = string(256);
    if (len > 0) {
      StringBuilder enc = new StringBuilder();
      final char[] up = "0123456789ABCDEF".toCharArray();
      for (int i = 0; i < key.length(); i++) {
        char c = key.charAt(i);
        if (c < 128 && Character.isLetterOrDigit(c)) {
          enc.append(c);
        } else if (c == ' ' || (c >= 9 && c <= 13)) {
          enc.append('+');
        } else {
          // sflowtool shifts a signed char: bytes >= 0x80 print like the C original
          int sc = (byte) c;
          enc.append('%').append(up[(sc >> 4) & 15]).append(up[sc & 15]);
        }
      }
      kv("memcache_op_key", enc.toString());
    }
    next32("memcache_op_nkeys");
    next32("memcache_op_value_bytes");
    next32("memcache_op_duration_uS");
    next32("memcache_op_status");
  }

  private void http(boolean v2) {
    kv("flowSampleType", "http");
    next32("http_method");
    next32("http_protocol");
    stringIfAny("http_uri", 256);
    stringIfAny("http_host", 65);
    stringIfAny("http_referrer", 256);
    stringIfAny("http_useragent", 129);
    if (v2) {
      stringIfAny("http_xff", 65);
    }
    stringIfAny("http_authuser", 33);
    stringIfAny("http_mimetype", 65);
    if (v2) {
      next64("http_request_bytes");
    }
    next64("http_bytes");
    next32("http_duration_uS");
    next32("http_status");
  }

  private void tcpInfo() {
    long d = u32();
    String dir = d == 0 ? "unknown" : d == 1 ? "received" : d == 2 ? "sent" : "<bad value>";
    kv("tcpinfo_direction", dir);
    for (String k :
        new String[] {
          "send_mss",
          "receive_mss",
          "unacked_pkts",
          "lost_pkts",
          "retrans_pkts",
          "path_mtu",
          "rtt_uS",
          "rtt_uS_var",
          "send_congestion_win",
          "reordering",
          "rtt_uS_min"
        }) {
      next32("tcpinfo_" + k);
    }
  }

  private void gateway() {
    kv("extendedType", "GATEWAY");
    if (version >= 5) {
      kv("bgp_nexthop", address());
    }
    next32("my_as");
    next32("src_as");
    next32("src_peer_as");
    long segments = u32();
    long dstPeer = 0;
    long dstAs = 0;
    if (segments > 0) {
      StringBuilder sb = new StringBuilder();
      for (long seg = 0; seg < segments; seg++) {
        long segType = u32();
        long segLen = u32();
        for (long i = 0; i < segLen; i++) {
          long as = u32();
          if (i == 0 && seg == 0) {
            dstPeer = as;
          } else if (i > 0) {
            sb.append('-');
          }
          if (i == 0 && segType == 1) {
            sb.append('(');
          }
          sb.append(as);
          if (seg == segments - 1 && i == segLen - 1) {
            dstAs = as;
          }
        }
        if (segType == 1) {
          sb.append(')');
        }
      }
      kv("dst_as_path", sb.toString());
    }
    kv("dst_as", dstAs);
    kv("dst_peer_as", dstPeer);
    long n = u32();
    int p = pos;
    skip(n * 4);
    if (n > 0) {
      StringBuilder sb = new StringBuilder();
      for (int j = 0; j < n; j++) {
        if (j > 0) {
          sb.append('-');
        }
        sb.append(buf.getUnsignedInt(p + 4 * j));
      }
      kv("BGP_communities", sb.toString());
    }
    next32("BGP_localpref");
  }

  private void ethernet(String p) {
    kv("flowSampleType", p + "ETHERNET");
    long len = u32();
    int s = pos;
    skip(6);
    int d = pos;
    skip(6);
    long type = u32();
    ethSrc = ((long) buf.getUnsignedShort(s) << 32) | buf.getUnsignedInt(s + 2);
    ethDst = ((long) buf.getUnsignedShort(d) << 32) | buf.getUnsignedInt(d + 2);
    ethType = (int) type;
    kv(p + "ethernet_type", type);
    kv(p + "ethernet_len", len);
    kv(p + "ethernet_src", macAt(s));
    kv(p + "ethernet_dst", macAt(d));
  }

  private void ipv4Struct(String p) {
    kv("flowSampleType", p + "IPV4");
    int h = pos;
    skip(32);
    sampledPacketSize = buf.getUnsignedInt(h);
    kv(p + "sampledPacketSize", sampledPacketSize);
    kv(p + "IPSize", sampledPacketSize);
    ipSrc = ipv4At(h + 8);
    ipDst = ipv4At(h + 12);
    ipProtocol = buf.getUnsignedInt(h + 4);
    ipTos = buf.getUnsignedInt(h + 28);
    kv(p + "srcIP", ipSrc);
    kv(p + "dstIP", ipDst);
    kv(p + "IPProtocol", ipProtocol);
    kv(p + "IPTOS", ipTos);
    sport = buf.getUnsignedInt(h + 16);
    dport = buf.getUnsignedInt(h + 20);
    structPorts(p, buf.getUnsignedInt(h + 24));
  }

  private void ipv6Struct(String p) {
    kv("flowSampleType", p + "IPV6");
    int h = pos;
    skip(56);
    sampledPacketSize = buf.getUnsignedInt(h);
    kv(p + "sampledPacketSize", sampledPacketSize);
    kv(p + "IPSize", sampledPacketSize);
    ipSrc = ipv6At(h + 8);
    ipDst = ipv6At(h + 24);
    ipProtocol = buf.getUnsignedInt(h + 4);
    kv(p + "srcIP6", ipSrc);
    kv(p + "dstIP6", ipDst);
    kv(p + "IPProtocol", ipProtocol);
    kv(p + "priority", buf.getUnsignedInt(h + 52));
    sport = buf.getUnsignedInt(h + 40);
    dport = buf.getUnsignedInt(h + 44);
    structPorts(p, buf.getUnsignedInt(h + 48));
  }

  private void structPorts(String p, long flags) {
    switch ((int) ipProtocol) {
      case 1:
        kv(p + "ICMPType", dport);
        break;
      case 6:
        kv(p + "TCPSrcPort", sport);
        kv(p + "TCPDstPort", dport);
        tcpFlags = flags;
        kv(p + "TCPFlags", tcpFlags);
        break;
      case 17:
        kv(p + "UDPSrcPort", sport);
        kv(p + "UDPDstPort", dport);
        break;
      default:
        break;
    }
  }

  // ---------------------------------------------------------------- sampled header

  private void header() {
    kv("flowSampleType", "HEADER");
    long proto = next32("headerProtocol");
    sampledPacketSize = next32("sampledPacketSize");
    if (version > 4) {
      stripped = next32("strippedBytes");
    }
    long headerLen = next32("headerLen");
    int h = pos;
    skip(headerLen);
    if (mode == Mode.DEFAULT) {
      kv("headerBytes", hexDump(buf, h, (int) headerLen));
    }
    int hEnd = h + (int) headerLen;
    switch ((int) proto) {
      case 1:
        linkLayer(h, hEnd);
        break;
      case 11:
        gotIpv4 = true;
        offsetToIpv4 = 0;
        break;
      case 12:
        gotIpv6 = true;
        offsetToIpv6 = 0;
        break;
      case 15:
        wifiMac(h, hEnd);
        break;
      case 2:
      case 3:
      case 4:
      case 5:
      case 6:
      case 7:
      case 8:
      case 9:
      case 10:
      case 13:
      case 14:
      case 16:
      case 17:
        kv("NO_DECODE", "headerProtocol=" + (int) proto);
        break;
      default:
        err.append("undefined headerProtocol = ").append((int) proto).append('\n');
        throw new Abort(ABORT_DECODE);
    }
    if (gotIpv4) {
      kv("IPSize", Long.toString((int) (sampledPacketSize - stripped - offsetToIpv4)));
      decodeIpv4(h, hEnd);
    } else if (gotIpv6) {
      kv("IPSize", Long.toString((int) (sampledPacketSize - stripped - offsetToIpv6)));
      decodeIpv6(h, hEnd);
    }
  }

  private void linkLayer(int start, int hEnd) {
    gotIpv4 = false;
    gotIpv6 = false;
    int p = start;
    if (hEnd - p < 14) {
      return;
    }
    kv("dstMAC", macAt(p));
    ethDst = ((long) buf.getUnsignedShort(p) << 32) | buf.getUnsignedInt(p + 2);
    p += 6;
    kv("srcMAC", macAt(p));
    ethSrc = ((long) buf.getUnsignedShort(p) << 32) | buf.getUnsignedInt(p + 2);
    p += 6;
    int typeLen = buf.getUnsignedShort(p);
    p += 2;
    int depth = 0;
    while (typeLen == 0x8100
        || typeLen == 0x88a8
        || typeLen == 0x9100
        || typeLen == 0x9200
        || typeLen == 0x9300) {
      if (hEnd - p < 4) {
        return;
      }
      int vlanData = buf.getUnsignedShort(p);
      int vlan = vlanData & 0xfff;
      int pri = vlanData >>> 13;
      p += 2;
      if (depth == 0) {
        kv("decodedVLAN", vlan);
        kv("decodedPriority", pri);
      } else {
        kv("decodedVLAN." + depth, vlan);
        kv("decodedPriority." + depth, pri);
      }
      depth++;
      inVlan = vlan;
      if (hEnd - p < 2) {
        return;
      }
      typeLen = buf.getUnsignedShort(p);
      p += 2;
    }
    if (hEnd - start < 20) {
      return;
    }
    if (typeLen == 0x0200 || typeLen == 0x0201 || typeLen == 0x0600) {
      if (hEnd - p >= 4) {
        boolean ipxChecksum = buf.getUnsignedShort(p) == 0xffff;
        int ipxLen = buf.getUnsignedShort(p + 2);
        if (ipxChecksum && ipxLen >= 30 && ipxLen <= 30 + 546) {
          return;
        }
      }
    }
    if (typeLen <= 1500) {
      if (hEnd - p < 3) {
        return;
      }
      if (buf.getUnsignedByte(p) == 0xaa
          && buf.getUnsignedByte(p + 1) == 0xaa
          && buf.getUnsignedByte(p + 2) == 0x03) {
        p += 3;
        if (hEnd - p < 5) {
          return;
        }
        if (buf.getUnsignedByte(p) != 0
            || buf.getUnsignedByte(p + 1) != 0
            || buf.getUnsignedByte(p + 2) != 0) {
          kv(
              "VSNAP_OUI",
              String.format(
                  Locale.ROOT,
                  "%02X-%02X-%02X",
                  buf.getUnsignedByte(p),
                  buf.getUnsignedByte(p + 1),
                  buf.getUnsignedByte(p + 2)));
          return;
        }
        p += 3;
        typeLen = buf.getUnsignedShort(p);
        p += 2;
      } else if (buf.getUnsignedByte(p) == 0x06
          && buf.getUnsignedByte(p + 1) == 0x06
          && (buf.getUnsignedByte(p + 2) & 1) != 0) {
        p += 3;
        typeLen = 0x0800;
      } else {
        return;
      }
    }
    ethType = typeLen;
    kv("ethernet_type", typeLen);
    if (typeLen == 0x0800) {
      if (hEnd - p < 20) {
        return;
      }
      int b = buf.getUnsignedByte(p);
      if ((b >> 4) != 4 || (b & 15) < 5) {
        return;
      }
      gotIpv4 = true;
      offsetToIpv4 = p - start;
    }
    if (typeLen == 0x86dd) {
      if (p >= hEnd) {
        return;
      }
      if ((buf.getUnsignedByte(p) >> 4) != 6) {
        return;
      }
      gotIpv6 = true;
      offsetToIpv6 = p - start;
    }
  }

  private void wifiMac(int start, int hEnd) {
    gotIpv4 = false;
    gotIpv6 = false;
    if (hEnd - start < 24) {
      return;
    }
    int fc = buf.getUnsignedByte(start) | (buf.getUnsignedByte(start + 1) << 8);
    int control = (fc >> 2) & 3;
    int toDs = (fc >> 8) & 1;
    int fromDs = (fc >> 9) & 1;
    if (control != 2) {
      return;
    }
    int p = start + 4;
    int a1 = p;
    int a2 = p + 6;
    int a3 = p + 12;
    p += 20;
    int src;
    int dst;
    if (toDs != 0) {
      dst = a3;
      if (fromDs != 0) {
        src = p;
      } else {
        src = a2;
      }
    } else {
      dst = a1;
      src = fromDs != 0 ? a3 : a2;
    }
    if (src + 6 > hEnd) {
      return;
    }
    kv("srcMAC", macAt(src));
    ethSrc = ((long) buf.getUnsignedShort(src) << 32) | buf.getUnsignedInt(src + 2);
    kv("dstMAC", macAt(dst));
    // sflowtool copies the source MAC into eth_dst here
    ethDst = ethSrc;
    kv("txMAC", macAt(a2));
    kv("rxMAC", macAt(a1));
  }

  private void decodeIpv4(int h, int hEnd) {
    int p = h + offsetToIpv4;
    if (hEnd - p < 20) {
      return;
    }
    ipSrc = ipv4At(p + 12);
    ipDst = ipv4At(p + 16);
    ipProtocol = buf.getUnsignedByte(p + 9);
    ipTos = buf.getUnsignedByte(p + 1);
    ipTtl = buf.getUnsignedByte(p + 8);
    kv("ip.tot_len", buf.getUnsignedShort(p + 2));
    kv("srcIP", ipSrc);
    kv("dstIP", ipDst);
    kv("IPProtocol", ipProtocol);
    kv("IPTOS", ipTos);
    kv("IPTTL", ipTtl);
    kv("IPID", buf.getUnsignedByte(p + 4) | (buf.getUnsignedByte(p + 5) << 8));
    int frag = buf.getUnsignedShort(p + 6) & 0x1fff;
    if (frag > 0) {
      kv("IPFragmentOffset", frag);
    } else {
      int headerBytes = (buf.getUnsignedByte(p) & 15) * 4;
      if (hEnd - p < headerBytes) {
        return;
      }
      layer4(p + headerBytes, hEnd);
    }
  }

  private void decodeIpv6(int h, int hEnd) {
    int p = h + offsetToIpv6;
    if (hEnd - p < 40) {
      return;
    }
    int b0 = buf.getUnsignedByte(p);
    if ((b0 >> 4) != 6) {
      kv("header decode error: unexpected IP version:", b0 >> 4);
      return;
    }
    int b1 = buf.getUnsignedByte(p + 1);
    ipTos = ((b0 & 15) << 4) | (b1 >> 4);
    kv("IPTOS", ipTos);
    long label = ((long) (b1 & 15) << 16) | buf.getUnsignedShort(p + 2);
    kv("IP6_label", "0x" + Long.toHexString(label));
    int payloadLen = buf.getUnsignedShort(p + 4);
    if (payloadLen == 0) {
      kv("IPV6_payloadLen", "<jumbo>");
    } else {
      kv("IPV6_payloadLen", payloadLen);
    }
    int nextHeader = buf.getUnsignedByte(p + 6);
    ipTtl = buf.getUnsignedByte(p + 7);
    kv("IPTTL", ipTtl);
    ipSrc = ipv6At(p + 8);
    kv("srcIP6", ipSrc);
    ipDst = ipv6At(p + 24);
    kv("dstIP6", ipDst);
    p += 40;
    while (nextHeader == 0
        || nextHeader == 43
        || nextHeader == 44
        || nextHeader == 51
        || nextHeader == 60) {
      kv("IP6HeaderExtension", nextHeader);
      if (hEnd - p < 2) {
        return;
      }
      nextHeader = buf.getUnsignedByte(p);
      int optionLen = 8 * (buf.getUnsignedByte(p + 1) + 1);
      p += optionLen;
      if (p > hEnd) {
        return;
      }
    }
    ipProtocol = nextHeader;
    kv("IPProtocol", ipProtocol);
    layer4(p, hEnd);
  }

  private void layer4(int p, int hEnd) {
    if (p > hEnd - 8) {
      return;
    }
    switch ((int) ipProtocol) {
      case 1:
        sport = buf.getUnsignedByte(p);
        dport = buf.getUnsignedByte(p + 1);
        kv("ICMPType", sport);
        kv("ICMPCode", dport);
        break;
      case 6:
        sport = buf.getUnsignedShort(p);
        dport = buf.getUnsignedShort(p + 2);
        tcpFlags = p + 14 <= hEnd ? buf.getUnsignedByte(p + 13) : 0;
        kv("TCPSrcPort", sport);
        kv("TCPDstPort", dport);
        kv("TCPFlags", tcpFlags);
        break;
      case 17:
        sport = buf.getUnsignedShort(p);
        dport = buf.getUnsignedShort(p + 2);
        kv("UDPSrcPort", sport);
        kv("UDPDstPort", dport);
        kv("UDPBytes", buf.getUnsignedShort(p + 4));
        break;
      default:
        break;
    }
  }

  // ---------------------------------------------------------------- counters

  private void countersSample(boolean expanded) {
    kv("sampleType", "COUNTERSSAMPLE");
    long sampleLength = u32();
    int sampleStart = pos;
    next32("sampleSequenceNo");
    long dsClass;
    long dsIndex;
    if (expanded) {
      dsClass = u32();
      dsIndex = u32();
    } else {
      long id = u32();
      dsClass = id >>> 24;
      dsIndex = id & 0xffffff;
    }
    kv("sourceId", dsClass + ":" + dsIndex);
    long n = u32();
    for (long el = 0; el < n; el++) {
      long tag = u32();
      kv("counterBlock_tag", tag(tag));
      long length = u32();
      int recStart = pos;
      counterElement((int) tag, length);
      lengthCheck("counters_sample_element", recStart, length);
    }
    lengthCheck("counters_sample", sampleStart, sampleLength);
    if (mode == Mode.LINE) {
      countersLine();
    }
  }

  private void counterElement(int tag, long length) {
    switch (tag) {
      case 1:
        genericCounters();
        return;
      case 7:
        lacp();
        return;
      case 10:
        sfp();
        return;
      case 2001:
        adaptors();
        return;
      default:
        break;
    }
    RecordSchema schema = RecordSchemas.of(DataFormat.ofTag(DataFormat.Kind.COUNTER, tag));
    if (schema == null || tag == 2210) {
      log("skipping unknown counters_sample_element: " + tag(tag) + " len=" + (int) length + "\n");
      skip(length);
      return;
    }
    for (Field f : schema.fields()) {
      if (f.optional() && length <= 4L * countFixed(schema)) {
        break;
      }
      printField(f);
    }
  }

  private static int countFixed(RecordSchema s) {
    // size in 4-byte words of the mandatory fixed-size fields (for the length-gated extensions)
    int words = 0;
    for (Field f : s.fields()) {
      if (f.optional()) {
        break;
      }
      words += f.type() == FieldType.U64 || f.type() == FieldType.U64_HEX ? 2 : 1;
    }
    return words;
  }

  private void printField(Field f) {
    switch (f.type()) {
      case U32:
        next32(f.name());
        return;
      case U64:
        next64(f.name());
        return;
      case U64_HEX:
        kv(f.name(), String.format(Locale.ROOT, "%016x", u64()));
        return;
      case FLOAT:
        kv(f.name(), fixed(Float.intBitsToFloat((int) u32()), 3));
        return;
      case DOUBLE:
        kv(f.name(), fixed(Double.longBitsToDouble(u64()), 3));
        return;
      case PERCENT:
        {
          long h = u32();
          if (h == 0xFFFFFFFFL) {
            kv(f.name(), "unknown");
          } else {
            kv(f.name(), fixed((float) h / 100.0f, 2));
          }
          return;
        }
      case MAC:
        {
          int m = pos;
          skip(6);
          kv(f.name(), macAt(m));
          return;
        }
      case UUID:
        {
          int u = pos;
          String s = uuidAt(u);
          skip(16);
          kv(f.name(), s);
          return;
        }
      case STRING:
        stringIfAny(f.name(), f.maxLength() == 0 ? 256 : f.maxLength() + 1);
        return;
      default:
        throw new AssertionError(f.type());
    }
  }

  private String uuidAt(int p) {
    if (p + 16 > end) {
      // sflowtool reads the bytes before checking; the abort follows immediately
      return "";
    }
    StringBuilder sb = new StringBuilder(36);
    for (int i = 0; i < 16; i++) {
      if (i == 4 || i == 6 || i == 8 || i == 10) {
        sb.append('-');
      }
      int b = buf.getUnsignedByte(p + i);
      sb.append(HEX[b >> 4]).append(HEX[b & 15]);
    }
    return sb.toString();
  }

  private static final String[] GENERIC = {
    "ifIndex",
    "networkType",
    "ifSpeed",
    "ifDirection",
    "ifStatus",
    "ifInOctets",
    "ifInUcastPkts",
    "ifInMulticastPkts",
    "ifInBroadcastPkts",
    "ifInDiscards",
    "ifInErrors",
    "ifInUnknownProtos",
    "ifOutOctets",
    "ifOutUcastPkts",
    "ifOutMulticastPkts",
    "ifOutBroadcastPkts",
    "ifOutDiscards",
    "ifOutErrors",
    "ifPromiscuousMode"
  };

  private void genericCounters() {
    for (int i = 0; i < GENERIC.length; i++) {
      if (i == 2 || i == 5 || i == 12) {
        ifCounters[i] = next64(GENERIC[i]);
      } else {
        ifCounters[i] = next32(GENERIC[i]);
      }
    }
  }

  private void lacp() {
    for (String k : new String[] {"actorSystemID", "partnerSystemID"}) {
      int m = pos;
      skip(6);
      kv(k, macAt(m));
    }
    next32("attachedAggID");
    int s = pos;
    u32();
    kv("actorAdminPortState", buf.getUnsignedByte(s));
    kv("actorOperPortState", buf.getUnsignedByte(s + 1));
    kv("partnerAdminPortState", buf.getUnsignedByte(s + 2));
    kv("partnerOperPortState", buf.getUnsignedByte(s + 3));
    for (String k :
        new String[] {
          "LACPDUsRx",
          "markerPDUsRx",
          "markerResponsePDUsRx",
          "unknownRx",
          "illegalRx",
          "LACPDUsTx",
          "markerPDUsTx",
          "markerResponsePDUsTx"
        }) {
      next32(k);
    }
  }

  private void sfp() {
    next32("sfp_module_id");
    next32("sfp_module_total_lanes");
    next32("sfp_module_supply_voltage");
    next32("sfp_module_temperature");
    long lanes = u32();
    kv("sfp_module_active_lanes", lanes);
    String[] names = {
      "sfp_lane_index", "sfp_lane_tx_bias_current_uA", "sfp_lane_tx_power_uW",
      "sfp_lane_tx_power_min_uW", "sfp_lane_tx_power_max_uW", "sfp_lane_tx_wavelength_nM",
      "sfp_lane_rx_power_uW", "sfp_lane_rx_power_min_uW", "sfp_lane_rx_power_max_uW",
      "sfp_lane_rx_wavelength_nM"
    };
    for (long l = 0; l < lanes; l++) {
      for (String n : names) {
        long v = u32();
        kv(n + "." + l, v);
      }
    }
  }

  private void adaptors() {
    long n = u32();
    for (long i = 0; i < n; i++) {
      long ifIndex = u32();
      kv("adaptor_" + i + "_ifIndex", ifIndex);
      long macs = u32();
      kv("adaptor_" + i + "_MACs", macs);
      for (long j = 0; j < macs; j++) {
        int m = pos;
        if (m + 6 <= end) {
          kv("adaptor_" + i + "_MAC_" + j, macAt(m));
        }
        skip(8);
      }
    }
  }

  // ---------------------------------------------------------------- v2/v4 (RFC 3176)

  private void flowSampleV2() {
    kv("sampleType", "FLOWSAMPLE");
    next32("sampleSequenceNo");
    long id = u32();
    kv("sourceId", (id >>> 24) + ":" + (id & 0xffffff));
    meanSkipCount = u32();
    long pool = u32();
    long drops = u32();
    inputPort = u32();
    outputPort = u32();
    kv("meanSkipCount", meanSkipCount);
    kv("samplePool", pool);
    kv("dropEvents", drops);
    kv("inputPort", inputPort);
    if ((outputPort & 0x80000000L) != 0) {
      long num = outputPort & 0x7fffffff;
      kv("outputPort", num > 0 ? "multiple " + (int) num : "multiple >1");
    } else {
      kv("outputPort", outputPort);
    }
    long packetTag = u32();
    if (packetTag == 1) {
      header();
    } else if (packetTag == 2) {
      ipv4Struct("");
    } else if (packetTag == 3) {
      ipv6Struct("");
    } else {
      receiveError("unexpected packet_data_tag");
    }
    long n = u32();
    for (long x = 0; x < n; x++) {
      long t = u32();
      switch ((int) t) {
        case 1:
          flowElement(1001, 0);
          break;
        case 2:
          flowElement(1002, 0);
          break;
        case 3:
          if (version == 2) {
            gatewayV2();
          } else {
            gateway();
          }
          break;
        case 4:
          flowElement(1004, 0);
          break;
        case 5:
          flowElement(1005, 0);
          break;
        default:
          receiveError("unrecognized extended data tag");
      }
    }
    if (mode == Mode.LINE) {
      flowLine();
    }
  }

  private void gatewayV2() {
    kv("extendedType", "GATEWAY");
    long myAs = u32();
    long srcAs = u32();
    long srcPeer = u32();
    long len = u32();
    int p = pos;
    long dstPeer = 0;
    long dstAs = 0;
    if (len > 0) {
      skip(len * 4);
      dstPeer = buf.getUnsignedInt(p);
      dstAs = buf.getUnsignedInt(p + 4 * (int) (len - 1));
    }
    kv("my_as", myAs);
    kv("src_as", srcAs);
    kv("src_peer_as", srcPeer);
    kv("dst_as", dstAs);
    kv("dst_peer_as", dstPeer);
    kv("dst_as_path_len", len);
    if (len > 0) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < len; i++) {
        if (i > 0) {
          sb.append('-');
        }
        sb.append(buf.getUnsignedInt(p + 4 * i));
      }
      kv("dst_as_path", sb.toString());
    }
  }

  private void countersSampleV2() {
    kv("sampleType", "COUNTERSSAMPLE");
    next32("sampleSequenceNo");
    long id = u32();
    kv("sourceId", (id >>> 24) + ":" + (id & 0xffffff));
    next32("statsSamplingInterval");
    long v = next32("counterBlockVersion");
    if (v >= 1 && v <= 6) {
      genericCounters();
    } else if (v != 7) {
      receiveError("unknown stats version");
    }
    if (v == 2 || v == 3 || v == 5 || v == 7) {
      int tag = v == 2 ? 2 : v == 3 ? 3 : v == 5 ? 4 : 5;
      for (Field f :
          Objects.requireNonNull(RecordSchemas.of(DataFormat.ofTag(DataFormat.Kind.COUNTER, tag)))
              .fields()) {
        printField(f);
      }
    }
    if (mode == Mode.LINE) {
      countersLine();
    }
  }

  // ---------------------------------------------------------------- RT samples (4300:1002/1003)

  private void rtMetric() {
    kv("sampleType", "RTMETRIC");
    long sampleLength = u32();
    int sampleStart = pos;
    stringIfAny("rtmetric_datasource_name", 64);
    long n = u32();
    for (long i = 0; i < n; i++) {
      String name = string(64);
      long type = u32();
      String v;
      switch ((int) type) {
        case 0:
          v = "(string) \"" + string(255) + "\"";
          break;
        case 1:
          v = "(counter32) " + u32();
          break;
        case 2:
          v = "(counter64) " + Long.toUnsignedString(u64());
          break;
        case 3:
          v = "(gauge32) " + u32();
          break;
        case 4:
          v = "(gauge64) " + Long.toUnsignedString(u64());
          break;
        case 5:
          v = "(gaugefloat) " + fixed(Float.intBitsToFloat((int) u32()), 3);
          break;
        case 6:
          v = "(gaugefloat) " + fixed(Double.longBitsToDouble(u64()), 3);
          break;
        default:
          kv("rtmetric", "unknown_type " + type);
          throw new Abort(ABORT_DECODE);
      }
      kv("rtmetric", name + " = " + v);
    }
    lengthCheck("rtmetric_sample", sampleStart, sampleLength);
  }

  private void rtFlow() {
    kv("sampleType", "RTFLOW");
    long sampleLength = u32();
    int sampleStart = pos;
    stringIfAny("rtflow_datasource_name", 64);
    next32("rtflow_sampling_rate");
    next32("rtflow_sample_pool");
    long n = u32();
    for (long i = 0; i < n; i++) {
      String name = string(64);
      long type = u32();
      String v;
      switch ((int) type) {
        case 0:
          v = "(string) \"" + string(255) + "\"";
          break;
        case 1:
          {
            int m = pos;
            skip(6);
            v = "(mac) " + hexDump(buf, m, 6);
            break;
          }
        case 2:
          {
            int a = pos;
            u32();
            v = "(ip) " + ipv4At(a);
            break;
          }
        case 3:
          {
            int a = pos;
            skip(16);
            v = "(ip6) " + ipv6At(a);
            break;
          }
        case 4:
          v = "(int32) " + u32();
          break;
        case 5:
          v = "(int64) " + Long.toUnsignedString(u64());
          break;
        case 6:
          v = "(gaugefloat) " + fixed(Float.intBitsToFloat((int) u32()), 3);
          break;
        case 7:
          v = "(gaugefloat) " + fixed(Double.longBitsToDouble(u64()), 3);
          break;
        default:
          kv("rtflow", "unknown_type " + type);
          throw new Abort(ABORT_DECODE);
      }
      kv("rtflow", name + " = " + v);
    }
    lengthCheck("rtflow_sample", sampleStart, sampleLength);
  }

  // ---------------------------------------------------------------- -l lines

  private void hex(int value, int digits) {
    for (int i = digits - 1; i >= 0; i--) {
      out.append(HEX[(value >>> (4 * i)) & 15]);
    }
  }

  private void flowLine() {
    out.append("FLOW,").append(agent).append(',');
    out.append((int) inputPort).append(',').append((int) outputPort).append(',');
    hex((int) (ethSrc >>> 24), 6);
    hex((int) ethSrc, 6);
    out.append(',');
    hex((int) (ethDst >>> 24), 6);
    hex((int) ethDst, 6);
    out.append(",0x");
    hex(ethType, Math.max(4, 8 - Integer.numberOfLeadingZeros(ethType) / 4));
    out.append(',').append((int) inVlan).append(',').append((int) outVlan);
    out.append(',').append(ipSrc).append(',').append(ipDst);
    out.append(',').append((int) ipProtocol).append(",0x");
    hex((int) ipTos, Math.max(2, 8 - Integer.numberOfLeadingZeros((int) ipTos) / 4));
    out.append(',').append((int) ipTtl);
    out.append(',').append((int) sport).append(',').append((int) dport).append(",0x");
    hex((int) tcpFlags, Math.max(2, 8 - Integer.numberOfLeadingZeros((int) tcpFlags) / 4));
    out.append(',').append((int) sampledPacketSize);
    out.append(',').append((int) (sampledPacketSize - stripped - offsetToIpv4));
    out.append(',').append((int) meanSkipCount).append('\n');
  }

  private void countersLine() {
    out.append("CNTR,").append(agent);
    for (int i = 0; i < ifCounters.length; i++) {
      out.append(',').append(Long.toUnsignedString(ifCounters[i]));
    }
    out.append('\n');
  }

  /** The agent address of the last datagram formatted, as printed. */
  public @Nullable String lastAgent() {
    return agent;
  }
}
