package org.ixwire.cli.bgp;

import java.util.List;
import org.ixwire.bgp.BgpDecodeException;
import org.ixwire.bgp.UpdateResult;
import org.ixwire.bgp.attribute.AggregatorAttribute;
import org.ixwire.bgp.attribute.AigpAttribute;
import org.ixwire.bgp.attribute.AsPath;
import org.ixwire.bgp.attribute.AsPathAttribute;
import org.ixwire.bgp.attribute.AtomicAggregateAttribute;
import org.ixwire.bgp.attribute.AttributeFlags;
import org.ixwire.bgp.attribute.ClusterListAttribute;
import org.ixwire.bgp.attribute.CommunitiesAttribute;
import org.ixwire.bgp.attribute.Community;
import org.ixwire.bgp.attribute.ExtendedCommunitiesAttribute;
import org.ixwire.bgp.attribute.ExtendedCommunity;
import org.ixwire.bgp.attribute.Ipv6ExtendedCommunitiesAttribute;
import org.ixwire.bgp.attribute.Ipv6ExtendedCommunity;
import org.ixwire.bgp.attribute.LargeCommunitiesAttribute;
import org.ixwire.bgp.attribute.LargeCommunity;
import org.ixwire.bgp.attribute.LocalPrefAttribute;
import org.ixwire.bgp.attribute.MpReachAttribute;
import org.ixwire.bgp.attribute.MpUnreachAttribute;
import org.ixwire.bgp.attribute.MultiExitDiscAttribute;
import org.ixwire.bgp.attribute.NextHopAttribute;
import org.ixwire.bgp.attribute.OriginAttribute;
import org.ixwire.bgp.attribute.OriginatorIdAttribute;
import org.ixwire.bgp.attribute.OtcAttribute;
import org.ixwire.bgp.attribute.PathAttribute;
import org.ixwire.bgp.attribute.UnknownAttribute;
import org.ixwire.bgp.capability.AddPathCapability;
import org.ixwire.bgp.capability.Capability;
import org.ixwire.bgp.capability.ExtendedNextHopCapability;
import org.ixwire.bgp.capability.FourOctetAsCapability;
import org.ixwire.bgp.capability.FqdnCapability;
import org.ixwire.bgp.capability.GracefulRestartCapability;
import org.ixwire.bgp.capability.LongLivedGracefulRestartCapability;
import org.ixwire.bgp.capability.MultiprotocolCapability;
import org.ixwire.bgp.capability.RoleCapability;
import org.ixwire.bgp.capability.SoftwareVersionCapability;
import org.ixwire.bgp.capability.UnknownCapability;
import org.ixwire.bgp.error.ErrorCodes;
import org.ixwire.bgp.error.UpdateIssue;
import org.ixwire.bgp.message.BgpMessage;
import org.ixwire.bgp.message.Notification;
import org.ixwire.bgp.message.Open;
import org.ixwire.bgp.message.RouteRefresh;
import org.ixwire.bgp.nlri.IpAddress;
import org.ixwire.bgp.nlri.LabeledNlri;
import org.ixwire.bgp.nlri.Nlri;
import org.ixwire.bgp.nlri.PrefixNlri;
import org.ixwire.bgp.nlri.RawNlri;
import org.ixwire.bgp.nlri.VpnNlri;
import org.jspecify.annotations.Nullable;

/**
 * Renders decoded messages as one JSON object per line (schema in docs/formats.md) or as readable
 * text.
 */
final class MessageFormatter {
  private MessageFormatter() {}

  /** Where a message came from: frame number, time, endpoints (any may be absent). */
  record Origin(
      long frame,
      long timestampNanos,
      @Nullable String src,
      @Nullable String dst,
      @Nullable String guessedOptions) {
    Origin(long frame, long timestampNanos, @Nullable String src, @Nullable String dst) {
      this(frame, timestampNanos, src, dst, null);
    }

    Origin withGuess(String options) {
      return new Origin(frame, timestampNanos, src, dst, options);
    }
  }

  static String json(Origin o, BgpMessage m, @Nullable UpdateResult r, int length) {
    JsonOut j = new JsonOut().begin();
    header(j, o);
    j.field("type", m.type().name()).field("length", length);
    if (m instanceof Open) {
      open(j, (Open) m);
    } else if (m instanceof Notification) {
      Notification n = (Notification) m;
      j.field("code", n.code()).field("subcode", n.subcode());
      j.field("code_name", ErrorCodes.codeName(n.code()));
      j.field("subcode_name", ErrorCodes.subcodeName(n.code(), n.subcode()));
      j.field("data", n.data().toHex());
      n.shutdownCommunication().ifPresent(s -> j.field("shutdown_communication", s));
      n.hardResetCause()
          .ifPresent(
              c ->
                  j.beginObject("hard_reset_cause")
                      .field("code", c.code())
                      .field("subcode", c.subcode())
                      .field("data", c.data().toHex())
                      .end());
    } else if (m instanceof RouteRefresh) {
      RouteRefresh rr = (RouteRefresh) m;
      j.field("afi", rr.family().afi().code()).field("safi", rr.family().safi().code());
      j.field("family", rr.family().toString()).field("subtype", rr.subtypeName());
      if (rr.orf().length() > 0) {
        j.field("orf", rr.orf().toHex());
      }
    } else if (r != null) {
      update(j, r);
    }
    return j.end().toString();
  }

  static String jsonError(Origin o, BgpDecodeException e, int length) {
    JsonOut j = new JsonOut().begin();
    header(j, o);
    j.field("type", "ERROR").field("length", length);
    j.field("error", e.getMessage() == null ? "" : e.getMessage());
    j.field("context", e.context()).field("offset", e.offset());
    j.beginObject("notification")
        .field("code", e.errorCode())
        .field("subcode", e.errorSubcode())
        .field("data", org.ixwire.bgp.attribute.Bytes.of(e.errorData()).toHex())
        .end();
    return j.end().toString();
  }

  private static void header(JsonOut j, Origin o) {
    if (o.frame() > 0) {
      j.field("frame", o.frame());
    }
    if (o.timestampNanos() != 0) {
      j.field("timestamp", java.time.Instant.ofEpochSecond(0, o.timestampNanos()).toString());
    }
    if (o.src() != null) {
      j.field("src", o.src());
    }
    if (o.dst() != null) {
      j.field("dst", o.dst());
    }
    if (o.guessedOptions() != null) {
      j.field("guessed_options", o.guessedOptions());
    }
  }

  private static void open(JsonOut j, Open o) {
    j.field("version", o.version()).field("my_as", o.myAs()).field("asn", o.asn());
    j.field("hold_time", o.holdTime()).field("bgp_id", o.bgpIdentifier().toString());
    j.field("extended_parameters", o.extendedParameters());
    j.beginArray("capabilities");
    for (Capability c : o.capabilities()) {
      j.beginObject().field("code", c.code().code()).field("name", c.code().name());
      if (c instanceof MultiprotocolCapability) {
        MultiprotocolCapability mp = (MultiprotocolCapability) c;
        j.field("afi", mp.family().afi().code())
            .field("safi", mp.family().safi().code())
            .field("family", mp.family().toString());
      } else if (c instanceof FourOctetAsCapability) {
        j.field("asn", ((FourOctetAsCapability) c).asn());
      } else if (c instanceof AddPathCapability) {
        j.beginArray("families");
        for (AddPathCapability.Entry e : ((AddPathCapability) c).entries()) {
          j.beginObject()
              .field("family", e.family().toString())
              .field(
                  "send_receive",
                  e.sendReceive() == 1
                      ? "receive"
                      : e.sendReceive() == 2
                          ? "send"
                          : e.sendReceive() == 3 ? "both" : String.valueOf(e.sendReceive()))
              .end();
        }
        j.endArray();
      } else if (c instanceof GracefulRestartCapability) {
        GracefulRestartCapability g = (GracefulRestartCapability) c;
        j.field("flags", g.flags()).field("restart_time", g.restartTime());
        j.beginArray("families");
        for (GracefulRestartCapability.Entry e : g.entries()) {
          j.beginObject().field("family", e.family().toString()).field("flags", e.flags()).end();
        }
        j.endArray();
      } else if (c instanceof LongLivedGracefulRestartCapability) {
        j.beginArray("families");
        for (LongLivedGracefulRestartCapability.Entry e :
            ((LongLivedGracefulRestartCapability) c).entries()) {
          j.beginObject()
              .field("family", e.family().toString())
              .field("flags", e.flags())
              .field("stale_time", e.staleTime())
              .end();
        }
        j.endArray();
      } else if (c instanceof ExtendedNextHopCapability) {
        j.beginArray("entries");
        for (ExtendedNextHopCapability.Entry e : ((ExtendedNextHopCapability) c).entries()) {
          j.beginObject()
              .field("nlri_afi", e.nlriAfi())
              .field("nlri_safi", e.nlriSafi())
              .field("next_hop_afi", e.nextHopAfi())
              .end();
        }
        j.endArray();
      } else if (c instanceof RoleCapability) {
        j.field("role", ((RoleCapability) c).roleName());
      } else if (c instanceof FqdnCapability) {
        j.field("hostname", ((FqdnCapability) c).hostnameText())
            .field("domain", ((FqdnCapability) c).domainText());
      } else if (c instanceof SoftwareVersionCapability) {
        j.field("version", ((SoftwareVersionCapability) c).text());
      } else if (c instanceof UnknownCapability) {
        j.field("hex", ((UnknownCapability) c).value().toHex());
      }
      j.end();
    }
    j.endArray();
  }

  private static void routes(JsonOut j, String name, List<Nlri> routes) {
    j.beginArray(name);
    for (Nlri n : routes) {
      j.beginObject();
      if (n instanceof PrefixNlri) {
        j.field("prefix", ((PrefixNlri) n).prefix().toString());
      } else if (n instanceof LabeledNlri) {
        LabeledNlri l = (LabeledNlri) n;
        j.field("prefix", l.prefix().toString());
        j.beginArray("labels");
        for (int i = 0; i < l.labels().length(); i++) {
          j.value(l.labels().get(i) >>> 4);
        }
        j.endArray();
      } else if (n instanceof VpnNlri) {
        VpnNlri v = (VpnNlri) n;
        j.field("prefix", v.prefix().toString()).field("rd", v.rd().toString());
        j.beginArray("labels");
        for (int i = 0; i < v.labels().length(); i++) {
          j.value(v.labels().get(i) >>> 4);
        }
        j.endArray();
      } else if (n instanceof RawNlri) {
        j.field("family", n.family().toString())
            .field("hex", org.ixwire.bgp.attribute.Bytes.of(((RawNlri) n).bytes()).toHex());
      } else {
        j.field("value", n.toString());
      }
      if (n.hasPathId()) {
        j.field("path_id", n.pathId());
      }
      j.end();
    }
    j.endArray();
  }

  private static void update(JsonOut j, UpdateResult r) {
    routes(j, "withdrawn", r.update().withdrawn());
    j.beginObject("attributes");
    for (PathAttribute a : r.update().attributes()) {
      attribute(j, a);
    }
    j.end();
    routes(j, "announced", r.update().nlri());
    j.beginObject("rfc7606").field("action", r.action().name());
    j.beginArray("issues");
    for (UpdateIssue i : r.issues()) {
      j.beginObject()
          .field("action", i.action().name())
          .field("attribute", i.attributeType())
          .field("code", i.errorCode())
          .field("subcode", i.errorSubcode())
          .field("offset", i.offset())
          .field("reason", i.reason())
          .end();
    }
    j.endArray().end();
  }

  private static void attribute(JsonOut j, PathAttribute a) {
    if (a instanceof OriginAttribute) {
      j.field("origin", OriginAttribute.name(((OriginAttribute) a).value()));
    } else if (a instanceof AsPathAttribute) {
      AsPathAttribute p = (AsPathAttribute) a;
      String k = p.as4Path() ? "as4_path" : "as_path";
      j.field(k, p.path().toString());
      j.beginArray(k + "_segments");
      for (AsPath.Segment s : p.path().segments()) {
        j.beginObject()
            .field(
                "type",
                s.type() == 1
                    ? "AS_SET"
                    : s.type() == 2
                        ? "AS_SEQUENCE"
                        : s.type() == 3
                            ? "AS_CONFED_SEQUENCE"
                            : s.type() == 4 ? "AS_CONFED_SET" : String.valueOf(s.type()));
        j.beginArray("asns");
        for (int i = 0; i < s.asns().length(); i++) {
          j.value(s.asns().get(i));
        }
        j.endArray().end();
      }
      j.endArray();
    } else if (a instanceof NextHopAttribute) {
      j.field("next_hop", ((NextHopAttribute) a).address().toString());
    } else if (a instanceof MultiExitDiscAttribute) {
      j.field("med", ((MultiExitDiscAttribute) a).value());
    } else if (a instanceof LocalPrefAttribute) {
      j.field("local_pref", ((LocalPrefAttribute) a).value());
    } else if (a instanceof AtomicAggregateAttribute) {
      j.field("atomic_aggregate", true);
    } else if (a instanceof AggregatorAttribute) {
      AggregatorAttribute g = (AggregatorAttribute) a;
      j.beginObject(g.as4Aggregator() ? "as4_aggregator" : "aggregator")
          .field("asn", g.asn())
          .field("address", g.address().toString())
          .end();
    } else if (a instanceof CommunitiesAttribute) {
      CommunitiesAttribute c = (CommunitiesAttribute) a;
      j.beginArray("communities");
      for (int i = 0; i < c.values().length(); i++) {
        int v = c.values().get(i);
        String name = Community.wellKnownName(v);
        j.value(name != null ? name : Community.toString(v));
      }
      j.endArray();
    } else if (a instanceof ExtendedCommunitiesAttribute) {
      ExtendedCommunitiesAttribute c = (ExtendedCommunitiesAttribute) a;
      j.beginArray("extended_communities");
      for (int i = 0; i < c.values().length(); i++) {
        j.value(ExtendedCommunity.toString(c.values().get(i)));
      }
      j.endArray();
    } else if (a instanceof Ipv6ExtendedCommunitiesAttribute) {
      j.beginArray("ipv6_extended_communities");
      for (Ipv6ExtendedCommunity c : ((Ipv6ExtendedCommunitiesAttribute) a).values()) {
        j.value(c.toString());
      }
      j.endArray();
    } else if (a instanceof LargeCommunitiesAttribute) {
      j.beginArray("large_communities");
      for (LargeCommunity c : ((LargeCommunitiesAttribute) a).values()) {
        j.value(c.toString());
      }
      j.endArray();
    } else if (a instanceof OriginatorIdAttribute) {
      j.field("originator_id", ((OriginatorIdAttribute) a).id().toString());
    } else if (a instanceof ClusterListAttribute) {
      ClusterListAttribute c = (ClusterListAttribute) a;
      j.beginArray("cluster_list");
      for (int i = 0; i < c.ids().length(); i++) {
        j.value(IpAddress.ipv4(c.ids().get(i)).toString());
      }
      j.endArray();
    } else if (a instanceof OtcAttribute) {
      j.field("otc", ((OtcAttribute) a).asn());
    } else if (a instanceof AigpAttribute) {
      j.field("aigp", ((AigpAttribute) a).metric());
    } else if (a instanceof MpReachAttribute) {
      MpReachAttribute m = (MpReachAttribute) a;
      j.beginObject("mp_reach")
          .field("afi", m.family().afi().code())
          .field("safi", m.family().safi().code())
          .field("family", m.family().toString());
      j.beginArray("next_hop");
      for (IpAddress x : m.nextHopAddresses()) {
        j.value(x.toString());
      }
      j.endArray();
      routes(j, "nlri", m.nlri());
      j.end();
    } else if (a instanceof MpUnreachAttribute) {
      MpUnreachAttribute m = (MpUnreachAttribute) a;
      j.beginObject("mp_unreach")
          .field("afi", m.family().afi().code())
          .field("safi", m.family().safi().code())
          .field("family", m.family().toString());
      routes(j, "nlri", m.nlri());
      j.end();
    } else if (a instanceof UnknownAttribute) {
      UnknownAttribute u = (UnknownAttribute) a;
      j.beginObject("attr_" + u.typeCode())
          .field("type", u.typeCode())
          .field("flags", AttributeFlags.toString(u.flags()))
          .field("hex", u.value().toHex())
          .end();
    }
  }

  /** A readable multi-line rendering. */
  static String text(Origin o, BgpMessage m, @Nullable UpdateResult r, int length) {
    StringBuilder sb = new StringBuilder();
    if (o.frame() > 0) {
      sb.append("frame ").append(o.frame()).append(' ');
    }
    if (o.timestampNanos() != 0) {
      sb.append(java.time.Instant.ofEpochSecond(0, o.timestampNanos())).append(' ');
    }
    if (o.src() != null) {
      sb.append(o.src()).append(" > ").append(o.dst()).append(' ');
    }
    sb.append(m.type().name()).append(" (").append(length).append(" bytes)");
    if (o.guessedOptions() != null) {
      sb.append(" [no OPEN seen; decoded as ").append(o.guessedOptions()).append(']');
    }
    sb.append('\n');
    if (m instanceof Open) {
      Open op = (Open) m;
      sb.append("  version ")
          .append(op.version())
          .append(", AS ")
          .append(op.asn())
          .append(", hold time ")
          .append(op.holdTime())
          .append(", id ")
          .append(op.bgpIdentifier())
          .append('\n');
      for (Capability c : op.capabilities()) {
        sb.append("  capability ").append(c.code()).append(' ').append(c).append('\n');
      }
    } else if (m instanceof Notification) {
      Notification n = (Notification) m;
      sb.append("  ")
          .append(n.code())
          .append('/')
          .append(n.subcode())
          .append(' ')
          .append(ErrorCodes.codeName(n.code()))
          .append(", ")
          .append(ErrorCodes.subcodeName(n.code(), n.subcode()));
      n.shutdownCommunication().ifPresent(s -> sb.append(": \"").append(s).append('"'));
      sb.append('\n');
    } else if (m instanceof RouteRefresh) {
      RouteRefresh rr = (RouteRefresh) m;
      sb.append("  ").append(rr.family()).append(' ').append(rr.subtypeName()).append('\n');
    } else if (r != null) {
      for (Nlri n : r.update().withdrawn()) {
        sb.append("  withdrawn ").append(n).append('\n');
      }
      for (PathAttribute a : r.update().attributes()) {
        sb.append("  ").append(a.type()).append(' ').append(describe(a)).append('\n');
      }
      for (Nlri n : r.update().nlri()) {
        sb.append("  announced ").append(n).append('\n');
      }
      if (!r.isClean()) {
        sb.append("  RFC 7606: ").append(r.action()).append('\n');
        for (UpdateIssue i : r.issues()) {
          sb.append("    ").append(i).append('\n');
        }
      }
    }
    return sb.toString();
  }

  private static String describe(PathAttribute a) {
    JsonOut j = new JsonOut().begin();
    attribute(j, a);
    return j.end().toString();
  }
}
