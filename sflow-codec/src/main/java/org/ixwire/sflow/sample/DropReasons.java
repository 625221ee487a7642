package org.ixwire.sflow.sample;

import com.google.common.collect.ImmutableMap;
import org.jspecify.annotations.Nullable;

/**
 * Names of discarded-packet reason codes (sFlow drops extension: ICMP unreachable codes 0-15, then
 * 256 and up), as sflowtool 6.11 prints them in {@code discardReason}. Its table numbers two
 * entries 33 ({@code dev_hdr}) and 36 ({@code tc_egress}); they are kept that way for
 * byte-identical output.
 */
public final class DropReasons {
  private static final ImmutableMap<Long, String> NAMES;

  static {
    ImmutableMap.Builder<Long, String> b = ImmutableMap.builder();
    b.put((long) 0, "net_unreachable");
    b.put((long) 1, "host_unreachable");
    b.put((long) 2, "protocol_unreachable");
    b.put((long) 3, "port_unreachable");
    b.put((long) 4, "frag_needed");
    b.put((long) 5, "src_route_failed");
    b.put((long) 6, "dst_net_unknown");
    b.put((long) 7, "dst_host_unknown");
    b.put((long) 8, "src_host_isolated");
    b.put((long) 9, "dst_net_prohibited");
    b.put((long) 10, "dst_host_prohibited");
    b.put((long) 11, "dst_net_tos_unreachable");
    b.put((long) 12, "dst_host_tos_unreacheable");
    b.put((long) 13, "comm_admin_prohibited");
    b.put((long) 14, "host_precedence_violation");
    b.put((long) 15, "precedence_cutoff");
    b.put((long) 256, "unknown");
    b.put((long) 257, "ttl_exceeded");
    b.put((long) 258, "acl");
    b.put((long) 259, "no_buffer_space");
    b.put((long) 260, "red");
    b.put((long) 261, "traffic_shaping");
    b.put((long) 262, "pkt_too_big");
    b.put((long) 263, "src_mac_is_multicast");
    b.put((long) 264, "vlan_tag_mismatch");
    b.put((long) 265, "ingress_vlan_filter");
    b.put((long) 266, "ingress_spanning_tree_filter");
    b.put((long) 267, "port_list_is_empty");
    b.put((long) 268, "port_loopback_filter");
    b.put((long) 269, "blackhole_route");
    b.put((long) 270, "non_ip");
    b.put((long) 271, "uc_dip_over_mc_dmac");
    b.put((long) 272, "dip_is_loopback_address");
    b.put((long) 273, "sip_is_mc");
    b.put((long) 274, "sip_is_loopback_address");
    b.put((long) 275, "ip_header_corrupted");
    b.put((long) 276, "ipv4_sip_is_limited_bc");
    b.put((long) 277, "ipv6_mc_dip_reserved_scope");
    b.put((long) 278, "ipv6_mc_dip_interface_local_scope");
    b.put((long) 279, "unresolved_neigh");
    b.put((long) 280, "mc_reverse_path_forwarding");
    b.put((long) 281, "non_routable_packet");
    b.put((long) 282, "decap_error");
    b.put((long) 283, "overlay_smac_is_mc");
    b.put((long) 284, "unknown_l2");
    b.put((long) 285, "unknown_l3");
    b.put((long) 286, "unknown_l3_exception");
    b.put((long) 287, "unknown_buffer");
    b.put((long) 288, "unknown_tunnel");
    b.put((long) 289, "unknown_l4");
    b.put((long) 290, "sip_is_unspecified");
    b.put((long) 291, "mlag_port_isolation");
    b.put((long) 292, "blackhole_arp_neigh");
    b.put((long) 293, "src_mac_is_dmac");
    b.put((long) 294, "dmac_is_reserved");
    b.put((long) 295, "sip_is_class_e");
    b.put((long) 296, "mc_dmac_mismatch");
    b.put((long) 297, "sip_is_dip");
    b.put((long) 298, "dip_is_local_network");
    b.put((long) 299, "dip_is_link_local");
    b.put((long) 300, "overlay_smac_is_dmac");
    b.put((long) 301, "egress_vlan_filter");
    b.put((long) 302, "uc_reverse_path_forwarding");
    b.put((long) 303, "split_horizon");
    b.put((long) 304, "locked_port");
    b.put((long) 305, "dmac_filter");
    b.put((long) 306, "blackhole_nexthop");
    b.put((long) 307, "vxlan_parsing");
    b.put((long) 308, "llc_snap_parsing");
    b.put((long) 309, "vlan_parsing");
    b.put((long) 310, "pppoe_ppp_parsing");
    b.put((long) 311, "mpls_parsing");
    b.put((long) 312, "arp_parsing");
    b.put((long) 313, "ip_1_parsing");
    b.put((long) 314, "ip_n_parsing");
    b.put((long) 315, "gre_parsing");
    b.put((long) 316, "udp_parsing");
    b.put((long) 317, "tcp_parsing");
    b.put((long) 318, "ipsec_parsing");
    b.put((long) 319, "sctp_parsing");
    b.put((long) 320, "dccp_parsing");
    b.put((long) 321, "gtp_parsing");
    b.put((long) 322, "esp_parsing");
    b.put((long) 323, "unknown_parsing");
    b.put((long) 324, "pkt_too_small");
    b.put((long) 325, "unhandled_proto");
    b.put((long) 326, "ipv6disabled");
    b.put((long) 327, "invalid_proto");
    b.put((long) 328, "ip_noproto");
    b.put((long) 329, "skb_csum");
    b.put((long) 330, "skb_ucopy_fault");
    b.put((long) 331, "dev_ready");
    b.put((long) 33, "dev_hdr");
    b.put((long) 333, "dup_frag");
    b.put((long) 334, "skb_gso_seg");
    b.put((long) 335, "reverse_path_forwarding");
    b.put((long) 336, "icmp_parsing");
    b.put((long) 337, "tcp_md5notfound");
    b.put((long) 338, "tcp_md5unexpected");
    b.put((long) 339, "tcp_md5failure");
    b.put((long) 340, "tcp_flags");
    b.put((long) 341, "tcp_zerowindow");
    b.put((long) 342, "tcp_old_data");
    b.put((long) 343, "tcp_overwindow");
    b.put((long) 344, "tcp_ofomerge");
    b.put((long) 345, "tcp_rfc7323_paws");
    b.put((long) 346, "tcp_invalid_sequence");
    b.put((long) 347, "tcp_reset");
    b.put((long) 348, "tcp_invalid_syn");
    b.put((long) 349, "tcp_close");
    b.put((long) 350, "tcp_fastopen");
    b.put((long) 351, "tcp_old_ack");
    b.put((long) 352, "tcp_too_old_ack");
    b.put((long) 353, "tcp_ack_unsent_data");
    b.put((long) 354, "tcp_ofo_queue_prune");
    b.put((long) 355, "tcp_ofo_drop");
    b.put((long) 356, "tcp_minttl");
    b.put((long) 357, "ipv6_bad_exthdr");
    b.put((long) 358, "ipv6_ndisc_frag");
    b.put((long) 359, "ipv6_ndisc_hop_limit");
    b.put((long) 360, "ipv6_ndisc_bad_code");
    b.put((long) 361, "ipv6_ndisc_bad_options");
    b.put((long) 362, "ipv6_ndisc_ns_otherhost");
    b.put((long) 363, "tap_filter");
    b.put((long) 364, "tap_txfilter");
    b.put((long) 365, "tc_ingress");
    b.put((long) 36, "tc_egress");
    b.put((long) 367, "xdp");
    b.put((long) 368, "cpu_backlog");
    b.put((long) 369, "bpf_cgroup_egress");
    b.put((long) 370, "xfrm_policy");
    b.put((long) 371, "socket_filter");
    NAMES = b.buildKeepingLast();
  }

  private DropReasons() {}

  /** The reason name, or null when the code has none. */
  public static @Nullable String name(long code) {
    return NAMES.get(code);
  }
}
