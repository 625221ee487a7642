package org.ixwire.sflow.record;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.jspecify.annotations.Nullable;

/**
 * Registry of the record structures ixwire decodes (every flow and counter record sflowtool 6.11
 * decodes, plus extended_acl 0:1037): sFlow v5 §5, sflow_host, sflow_drops, sflow_tunnels,
 * sflow_80211, sflow_openflow, sflow_application, sflow_http, sflow_memcache, sflow_jvm, optics
 * (0:10), LAG (0:7), NVIDIA GPU (5703:1) and Broadcom tables (4413:3). Field names are the keys
 * sflowtool prints. Immutable after class initialisation.
 */
public final class RecordSchemas {
  private static final ImmutableMap<DataFormat, RecordSchema> SCHEMAS;

  static {
    ImmutableMap.Builder<DataFormat, RecordSchema> b = ImmutableMap.builder();
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1, "sampled_header"),
        new RecordSchema(
            "sampled_header",
            ImmutableList.of(
                new Field("headerProtocol", FieldType.U32, 0, null, false),
                new Field("sampledPacketSize", FieldType.U32, 0, null, false),
                new Field("strippedBytes", FieldType.U32, 0, null, false),
                new Field("headerBytes", FieldType.OPAQUE, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 2, "sampled_ethernet"),
        new RecordSchema(
            "sampled_ethernet",
            ImmutableList.of(
                new Field("ethernet_len", FieldType.U32, 0, null, false),
                new Field("ethernet_src", FieldType.MAC, 0, null, false),
                new Field("ethernet_dst", FieldType.MAC, 0, null, false),
                new Field("ethernet_type", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 3, "sampled_ipv4"),
        new RecordSchema(
            "sampled_ipv4",
            ImmutableList.of(
                new Field("sampledPacketSize", FieldType.U32, 0, null, false),
                new Field("IPProtocol", FieldType.U32, 0, null, false),
                new Field("srcIP", FieldType.IPV4, 0, null, false),
                new Field("dstIP", FieldType.IPV4, 0, null, false),
                new Field("srcPort", FieldType.U32, 0, null, false),
                new Field("dstPort", FieldType.U32, 0, null, false),
                new Field("TCPFlags", FieldType.U32, 0, null, false),
                new Field("IPTOS", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 4, "sampled_ipv6"),
        new RecordSchema(
            "sampled_ipv6",
            ImmutableList.of(
                new Field("sampledPacketSize", FieldType.U32, 0, null, false),
                new Field("IPProtocol", FieldType.U32, 0, null, false),
                new Field("srcIP6", FieldType.IPV6, 0, null, false),
                new Field("dstIP6", FieldType.IPV6, 0, null, false),
                new Field("srcPort", FieldType.U32, 0, null, false),
                new Field("dstPort", FieldType.U32, 0, null, false),
                new Field("TCPFlags", FieldType.U32, 0, null, false),
                new Field("priority", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1001, "extended_switch"),
        new RecordSchema(
            "extended_switch",
            ImmutableList.of(
                new Field("in_vlan", FieldType.U32, 0, null, false),
                new Field("in_priority", FieldType.U32, 0, null, false),
                new Field("out_vlan", FieldType.U32, 0, null, false),
                new Field("out_priority", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1002, "extended_router"),
        new RecordSchema(
            "extended_router",
            ImmutableList.of(
                new Field("nextHop", FieldType.ADDRESS, 0, null, false),
                new Field("srcSubnetMask", FieldType.U32, 0, null, false),
                new Field("dstSubnetMask", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1003, "extended_gateway"),
        new RecordSchema(
            "extended_gateway",
            ImmutableList.of(
                new Field("bgp_nexthop", FieldType.ADDRESS, 0, null, false),
                new Field("my_as", FieldType.U32, 0, null, false),
                new Field("src_as", FieldType.U32, 0, null, false),
                new Field("src_peer_as", FieldType.U32, 0, null, false),
                new Field(
                    "dst_as_path",
                    FieldType.STRUCT_ARRAY,
                    0,
                    new RecordSchema(
                        "as_path_segment",
                        ImmutableList.of(
                            new Field("type", FieldType.U32, 0, null, false),
                            new Field("path", FieldType.U32_ARRAY, 0, null, false))),
                    false),
                new Field("BGP_communities", FieldType.U32_ARRAY, 0, null, false),
                new Field("BGP_localpref", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1004, "extended_user"),
        new RecordSchema(
            "extended_user",
            ImmutableList.of(
                new Field("src_user_charset", FieldType.U32, 0, null, false),
                new Field("src_user", FieldType.STRING, 200, null, false),
                new Field("dst_user_charset", FieldType.U32, 0, null, false),
                new Field("dst_user", FieldType.STRING, 200, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1005, "extended_url"),
        new RecordSchema(
            "extended_url",
            ImmutableList.of(
                new Field("url_direction", FieldType.U32, 0, null, false),
                new Field("url", FieldType.STRING, 200, null, false),
                new Field("host", FieldType.STRING, 200, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1006, "extended_mpls"),
        new RecordSchema(
            "extended_mpls",
            ImmutableList.of(
                new Field("mpls_nexthop", FieldType.ADDRESS, 0, null, false),
                new Field("mpls_input_stack", FieldType.U32_ARRAY, 0, null, false),
                new Field("mpls_output_stack", FieldType.U32_ARRAY, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1007, "extended_nat"),
        new RecordSchema(
            "extended_nat",
            ImmutableList.of(
                new Field("nat_src", FieldType.ADDRESS, 0, null, false),
                new Field("nat_dst", FieldType.ADDRESS, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1008, "extended_mpls_tunnel"),
        new RecordSchema(
            "extended_mpls_tunnel",
            ImmutableList.of(
                new Field("mpls_tunnel_lsp_name", FieldType.STRING, 100, null, false),
                new Field("mpls_tunnel_id", FieldType.U32, 0, null, false),
                new Field("mpls_tunnel_cos", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1009, "extended_mpls_vc"),
        new RecordSchema(
            "extended_mpls_vc",
            ImmutableList.of(
                new Field("mpls_vc_name", FieldType.STRING, 100, null, false),
                new Field("mpls_vll_vc_id", FieldType.U32, 0, null, false),
                new Field("mpls_vc_cos", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1010, "extended_mpls_FTN"),
        new RecordSchema(
            "extended_mpls_FTN",
            ImmutableList.of(
                new Field("mpls_ftn_descr", FieldType.STRING, 100, null, false),
                new Field("mpls_ftn_mask", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1011, "extended_mpls_LDP_FEC"),
        new RecordSchema(
            "extended_mpls_LDP_FEC",
            ImmutableList.of(
                new Field("mpls_fec_addr_prefix_len", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1012, "extended_vlantunnel"),
        new RecordSchema(
            "extended_vlantunnel",
            ImmutableList.of(new Field("vlan_tunnel", FieldType.U32_ARRAY, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1013, "extended_80211_payload"),
        new RecordSchema(
            "extended_80211_payload",
            ImmutableList.of(
                new Field("cipher_suite", FieldType.U32, 0, null, false),
                new Field("headerProtocol", FieldType.U32, 0, null, false),
                new Field("sampledPacketSize", FieldType.U32, 0, null, false),
                new Field("strippedBytes", FieldType.U32, 0, null, false),
                new Field("headerBytes", FieldType.OPAQUE, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1014, "extended_80211_rx"),
        new RecordSchema(
            "extended_80211_rx",
            ImmutableList.of(
                new Field("rx_SSID", FieldType.STRING, 256, null, false),
                new Field("rx_BSSID", FieldType.MAC, 0, null, false),
                new Field("rx_version", FieldType.U32, 0, null, false),
                new Field("rx_channel", FieldType.U32, 0, null, false),
                new Field("rx_speed", FieldType.U64, 0, null, false),
                new Field("rx_rsni", FieldType.U32, 0, null, false),
                new Field("rx_rcpi", FieldType.U32, 0, null, false),
                new Field("rx_packet_uS", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1015, "extended_80211_tx"),
        new RecordSchema(
            "extended_80211_tx",
            ImmutableList.of(
                new Field("tx_SSID", FieldType.STRING, 256, null, false),
                new Field("tx_BSSID", FieldType.MAC, 0, null, false),
                new Field("tx_version", FieldType.U32, 0, null, false),
                new Field("tx_transmissions", FieldType.U32, 0, null, false),
                new Field("tx_packet_uS", FieldType.U32, 0, null, false),
                new Field("tx_retrans_uS", FieldType.U32, 0, null, false),
                new Field("tx_channel", FieldType.U32, 0, null, false),
                new Field("tx_speed", FieldType.U64, 0, null, false),
                new Field("tx_power_mW", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1020, "extended_nat_port"),
        new RecordSchema(
            "extended_nat_port",
            ImmutableList.of(
                new Field("nat_src_port", FieldType.U32, 0, null, false),
                new Field("nat_dst_port", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1021, "extended_L2_tunnel_egress"),
        new RecordSchema(
            "extended_L2_tunnel_egress",
            ImmutableList.of(
                new Field("ethernet_len", FieldType.U32, 0, null, false),
                new Field("ethernet_src", FieldType.MAC, 0, null, false),
                new Field("ethernet_dst", FieldType.MAC, 0, null, false),
                new Field("ethernet_type", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1022, "extended_L2_tunnel_ingress"),
        new RecordSchema(
            "extended_L2_tunnel_ingress",
            ImmutableList.of(
                new Field("ethernet_len", FieldType.U32, 0, null, false),
                new Field("ethernet_src", FieldType.MAC, 0, null, false),
                new Field("ethernet_dst", FieldType.MAC, 0, null, false),
                new Field("ethernet_type", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1023, "extended_ipv4_tunnel_egress"),
        new RecordSchema(
            "extended_ipv4_tunnel_egress",
            ImmutableList.of(
                new Field("sampledPacketSize", FieldType.U32, 0, null, false),
                new Field("IPProtocol", FieldType.U32, 0, null, false),
                new Field("srcIP", FieldType.IPV4, 0, null, false),
                new Field("dstIP", FieldType.IPV4, 0, null, false),
                new Field("srcPort", FieldType.U32, 0, null, false),
                new Field("dstPort", FieldType.U32, 0, null, false),
                new Field("TCPFlags", FieldType.U32, 0, null, false),
                new Field("IPTOS", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1024, "extended_ipv4_tunnel_ingress"),
        new RecordSchema(
            "extended_ipv4_tunnel_ingress",
            ImmutableList.of(
                new Field("sampledPacketSize", FieldType.U32, 0, null, false),
                new Field("IPProtocol", FieldType.U32, 0, null, false),
                new Field("srcIP", FieldType.IPV4, 0, null, false),
                new Field("dstIP", FieldType.IPV4, 0, null, false),
                new Field("srcPort", FieldType.U32, 0, null, false),
                new Field("dstPort", FieldType.U32, 0, null, false),
                new Field("TCPFlags", FieldType.U32, 0, null, false),
                new Field("IPTOS", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1025, "extended_ipv6_tunnel_egress"),
        new RecordSchema(
            "extended_ipv6_tunnel_egress",
            ImmutableList.of(
                new Field("sampledPacketSize", FieldType.U32, 0, null, false),
                new Field("IPProtocol", FieldType.U32, 0, null, false),
                new Field("srcIP6", FieldType.IPV6, 0, null, false),
                new Field("dstIP6", FieldType.IPV6, 0, null, false),
                new Field("srcPort", FieldType.U32, 0, null, false),
                new Field("dstPort", FieldType.U32, 0, null, false),
                new Field("TCPFlags", FieldType.U32, 0, null, false),
                new Field("priority", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1026, "extended_ipv6_tunnel_ingress"),
        new RecordSchema(
            "extended_ipv6_tunnel_ingress",
            ImmutableList.of(
                new Field("sampledPacketSize", FieldType.U32, 0, null, false),
                new Field("IPProtocol", FieldType.U32, 0, null, false),
                new Field("srcIP6", FieldType.IPV6, 0, null, false),
                new Field("dstIP6", FieldType.IPV6, 0, null, false),
                new Field("srcPort", FieldType.U32, 0, null, false),
                new Field("dstPort", FieldType.U32, 0, null, false),
                new Field("TCPFlags", FieldType.U32, 0, null, false),
                new Field("priority", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1027, "extended_decapsulate_egress"),
        new RecordSchema(
            "extended_decapsulate_egress",
            ImmutableList.of(
                new Field("decap_inner_header_offset", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1028, "extended_decapsulate_ingress"),
        new RecordSchema(
            "extended_decapsulate_ingress",
            ImmutableList.of(
                new Field("decap_inner_header_offset", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1029, "extended_vni_egress"),
        new RecordSchema(
            "extended_vni_egress",
            ImmutableList.of(new Field("VNI", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1030, "extended_vni_ingress"),
        new RecordSchema(
            "extended_vni_ingress",
            ImmutableList.of(new Field("VNI", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1036, "extended_egress_queue"),
        new RecordSchema(
            "extended_egress_queue",
            ImmutableList.of(new Field("egress_queue_id", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1037, "extended_acl"),
        new RecordSchema(
            "extended_acl",
            ImmutableList.of(
                new Field("acl_number", FieldType.U32, 0, null, false),
                new Field("acl_name", FieldType.STRING, 256, null, false),
                new Field("acl_direction", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1038, "extended_function"),
        new RecordSchema(
            "extended_function",
            ImmutableList.of(new Field("symbol", FieldType.STRING, 256, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1039, "extended_transit"),
        new RecordSchema(
            "extended_transit",
            ImmutableList.of(new Field("transit_delay_nS", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1040, "extended_queue"),
        new RecordSchema(
            "extended_queue",
            ImmutableList.of(new Field("queue_depth_bytes", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1041, "extended_hw_trap"),
        new RecordSchema(
            "extended_hw_trap",
            ImmutableList.of(
                new Field("hw_trap_group", FieldType.STRING, 256, null, false),
                new Field("hw_trap_name", FieldType.STRING, 256, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1042, "extended_linux_drop_reason"),
        new RecordSchema(
            "extended_linux_drop_reason",
            ImmutableList.of(new Field("linux_drop_reason", FieldType.STRING, 256, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 1043, "extended_timestamp"),
        new RecordSchema(
            "extended_timestamp",
            ImmutableList.of(new Field("timestamp_nS", FieldType.U64, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 2100, "extended_socket_ipv4"),
        new RecordSchema(
            "extended_socket_ipv4",
            ImmutableList.of(
                new Field("socket4_ip_protocol", FieldType.U32, 0, null, false),
                new Field("socket4_local_ip", FieldType.IPV4, 0, null, false),
                new Field("socket4_remote_ip", FieldType.IPV4, 0, null, false),
                new Field("socket4_local_port", FieldType.U32, 0, null, false),
                new Field("socket4_remote_port", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 2101, "extended_socket_ipv6"),
        new RecordSchema(
            "extended_socket_ipv6",
            ImmutableList.of(
                new Field("socket6_ip_protocol", FieldType.U32, 0, null, false),
                new Field("socket6_local_ip", FieldType.IPV6, 0, null, false),
                new Field("socket6_remote_ip", FieldType.IPV6, 0, null, false),
                new Field("socket6_local_port", FieldType.U32, 0, null, false),
                new Field("socket6_remote_port", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 2102, "extended_proxy_socket_ipv4"),
        new RecordSchema(
            "extended_proxy_socket_ipv4",
            ImmutableList.of(
                new Field("proxy_socket4_ip_protocol", FieldType.U32, 0, null, false),
                new Field("proxy_socket4_local_ip", FieldType.IPV4, 0, null, false),
                new Field("proxy_socket4_remote_ip", FieldType.IPV4, 0, null, false),
                new Field("proxy_socket4_local_port", FieldType.U32, 0, null, false),
                new Field("proxy_socket4_remote_port", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 2103, "extended_proxy_socket_ipv6"),
        new RecordSchema(
            "extended_proxy_socket_ipv6",
            ImmutableList.of(
                new Field("proxy_socket6_ip_protocol", FieldType.U32, 0, null, false),
                new Field("proxy_socket6_local_ip", FieldType.IPV6, 0, null, false),
                new Field("proxy_socket6_remote_ip", FieldType.IPV6, 0, null, false),
                new Field("proxy_socket6_local_port", FieldType.U32, 0, null, false),
                new Field("proxy_socket6_remote_port", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 2200, "memcache_operation"),
        new RecordSchema(
            "memcache_operation",
            ImmutableList.of(
                new Field("memcache_op_protocol", FieldType.U32, 0, null, false),
                new Field("memcache_op_cmd", FieldType.U32, 0, null, false),
                new Field("memcache_op_key", FieldType.STRING, 255, null, false),
                new Field("memcache_op_nkeys", FieldType.U32, 0, null, false),
                new Field("memcache_op_value_bytes", FieldType.U32, 0, null, false),
                new Field("memcache_op_duration_uS", FieldType.U32, 0, null, false),
                new Field("memcache_op_status", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 2201, "http_request_v1"),
        new RecordSchema(
            "http_request_v1",
            ImmutableList.of(
                new Field("http_method", FieldType.U32, 0, null, false),
                new Field("http_protocol", FieldType.U32, 0, null, false),
                new Field("http_uri", FieldType.STRING, 255, null, false),
                new Field("http_host", FieldType.STRING, 64, null, false),
                new Field("http_referrer", FieldType.STRING, 255, null, false),
                new Field("http_useragent", FieldType.STRING, 128, null, false),
                new Field("http_authuser", FieldType.STRING, 32, null, false),
                new Field("http_mimetype", FieldType.STRING, 64, null, false),
                new Field("http_bytes", FieldType.U64, 0, null, false),
                new Field("http_duration_uS", FieldType.U32, 0, null, false),
                new Field("http_status", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 2202, "app_operation"),
        new RecordSchema(
            "app_operation",
            ImmutableList.of(
                new Field("application", FieldType.STRING, 32, null, false),
                new Field("operation", FieldType.STRING, 32, null, false),
                new Field("attributes", FieldType.STRING, 255, null, false),
                new Field("status_descr", FieldType.STRING, 32, null, false),
                new Field("request_bytes", FieldType.U64, 0, null, false),
                new Field("response_bytes", FieldType.U64, 0, null, false),
                new Field("duration_uS", FieldType.U32, 0, null, false),
                new Field("status", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 2203, "app_parent_context"),
        new RecordSchema(
            "app_parent_context",
            ImmutableList.of(
                new Field("server_context_application", FieldType.STRING, 32, null, false),
                new Field("server_context_operation", FieldType.STRING, 32, null, false),
                new Field("server_context_attributes", FieldType.STRING, 255, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 2204, "app_initiator"),
        new RecordSchema(
            "app_initiator",
            ImmutableList.of(new Field("actor_initiator", FieldType.STRING, 64, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 2205, "app_target"),
        new RecordSchema(
            "app_target",
            ImmutableList.of(new Field("actor_target", FieldType.STRING, 64, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 2206, "http_request"),
        new RecordSchema(
            "http_request",
            ImmutableList.of(
                new Field("http_method", FieldType.U32, 0, null, false),
                new Field("http_protocol", FieldType.U32, 0, null, false),
                new Field("http_uri", FieldType.STRING, 255, null, false),
                new Field("http_host", FieldType.STRING, 64, null, false),
                new Field("http_referrer", FieldType.STRING, 255, null, false),
                new Field("http_useragent", FieldType.STRING, 128, null, false),
                new Field("http_xff", FieldType.STRING, 64, null, false),
                new Field("http_authuser", FieldType.STRING, 32, null, false),
                new Field("http_mimetype", FieldType.STRING, 64, null, false),
                new Field("http_request_bytes", FieldType.U64, 0, null, false),
                new Field("http_bytes", FieldType.U64, 0, null, false),
                new Field("http_duration_uS", FieldType.U32, 0, null, false),
                new Field("http_status", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.FLOW, 0, 2209, "extended_tcp_info"),
        new RecordSchema(
            "extended_tcp_info",
            ImmutableList.of(
                new Field("tcpinfo_direction", FieldType.U32, 0, null, false),
                new Field("tcpinfo_send_mss", FieldType.U32, 0, null, false),
                new Field("tcpinfo_receive_mss", FieldType.U32, 0, null, false),
                new Field("tcpinfo_unacked_pkts", FieldType.U32, 0, null, false),
                new Field("tcpinfo_lost_pkts", FieldType.U32, 0, null, false),
                new Field("tcpinfo_retrans_pkts", FieldType.U32, 0, null, false),
                new Field("tcpinfo_path_mtu", FieldType.U32, 0, null, false),
                new Field("tcpinfo_rtt_uS", FieldType.U32, 0, null, false),
                new Field("tcpinfo_rtt_uS_var", FieldType.U32, 0, null, false),
                new Field("tcpinfo_send_congestion_win", FieldType.U32, 0, null, false),
                new Field("tcpinfo_reordering", FieldType.U32, 0, null, false),
                new Field("tcpinfo_rtt_uS_min", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 1, "generic_interface"),
        new RecordSchema(
            "generic_interface",
            ImmutableList.of(
                new Field("ifIndex", FieldType.U32, 0, null, false),
                new Field("networkType", FieldType.U32, 0, null, false),
                new Field("ifSpeed", FieldType.U64, 0, null, false),
                new Field("ifDirection", FieldType.U32, 0, null, false),
                new Field("ifStatus", FieldType.U32, 0, null, false),
                new Field("ifInOctets", FieldType.U64, 0, null, false),
                new Field("ifInUcastPkts", FieldType.U32, 0, null, false),
                new Field("ifInMulticastPkts", FieldType.U32, 0, null, false),
                new Field("ifInBroadcastPkts", FieldType.U32, 0, null, false),
                new Field("ifInDiscards", FieldType.U32, 0, null, false),
                new Field("ifInErrors", FieldType.U32, 0, null, false),
                new Field("ifInUnknownProtos", FieldType.U32, 0, null, false),
                new Field("ifOutOctets", FieldType.U64, 0, null, false),
                new Field("ifOutUcastPkts", FieldType.U32, 0, null, false),
                new Field("ifOutMulticastPkts", FieldType.U32, 0, null, false),
                new Field("ifOutBroadcastPkts", FieldType.U32, 0, null, false),
                new Field("ifOutDiscards", FieldType.U32, 0, null, false),
                new Field("ifOutErrors", FieldType.U32, 0, null, false),
                new Field("ifPromiscuousMode", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 2, "ethernet_interface"),
        new RecordSchema(
            "ethernet_interface",
            ImmutableList.of(
                new Field("dot3StatsAlignmentErrors", FieldType.U32, 0, null, false),
                new Field("dot3StatsFCSErrors", FieldType.U32, 0, null, false),
                new Field("dot3StatsSingleCollisionFrames", FieldType.U32, 0, null, false),
                new Field("dot3StatsMultipleCollisionFrames", FieldType.U32, 0, null, false),
                new Field("dot3StatsSQETestErrors", FieldType.U32, 0, null, false),
                new Field("dot3StatsDeferredTransmissions", FieldType.U32, 0, null, false),
                new Field("dot3StatsLateCollisions", FieldType.U32, 0, null, false),
                new Field("dot3StatsExcessiveCollisions", FieldType.U32, 0, null, false),
                new Field("dot3StatsInternalMacTransmitErrors", FieldType.U32, 0, null, false),
                new Field("dot3StatsCarrierSenseErrors", FieldType.U32, 0, null, false),
                new Field("dot3StatsFrameTooLongs", FieldType.U32, 0, null, false),
                new Field("dot3StatsInternalMacReceiveErrors", FieldType.U32, 0, null, false),
                new Field("dot3StatsSymbolErrors", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 3, "tokenring"),
        new RecordSchema(
            "tokenring",
            ImmutableList.of(
                new Field("dot5StatsLineErrors", FieldType.U32, 0, null, false),
                new Field("dot5StatsBurstErrors", FieldType.U32, 0, null, false),
                new Field("dot5StatsACErrors", FieldType.U32, 0, null, false),
                new Field("dot5StatsAbortTransErrors", FieldType.U32, 0, null, false),
                new Field("dot5StatsInternalErrors", FieldType.U32, 0, null, false),
                new Field("dot5StatsLostFrameErrors", FieldType.U32, 0, null, false),
                new Field("dot5StatsReceiveCongestions", FieldType.U32, 0, null, false),
                new Field("dot5StatsFrameCopiedErrors", FieldType.U32, 0, null, false),
                new Field("dot5StatsTokenErrors", FieldType.U32, 0, null, false),
                new Field("dot5StatsSoftErrors", FieldType.U32, 0, null, false),
                new Field("dot5StatsHardErrors", FieldType.U32, 0, null, false),
                new Field("dot5StatsSignalLoss", FieldType.U32, 0, null, false),
                new Field("dot5StatsTransmitBeacons", FieldType.U32, 0, null, false),
                new Field("dot5StatsRecoverys", FieldType.U32, 0, null, false),
                new Field("dot5StatsLobeWires", FieldType.U32, 0, null, false),
                new Field("dot5StatsRemoves", FieldType.U32, 0, null, false),
                new Field("dot5StatsSingles", FieldType.U32, 0, null, false),
                new Field("dot5StatsFreqErrors", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 4, "vg"),
        new RecordSchema(
            "vg",
            ImmutableList.of(
                new Field("dot12InHighPriorityFrames", FieldType.U32, 0, null, false),
                new Field("dot12InHighPriorityOctets", FieldType.U64, 0, null, false),
                new Field("dot12InNormPriorityFrames", FieldType.U32, 0, null, false),
                new Field("dot12InNormPriorityOctets", FieldType.U64, 0, null, false),
                new Field("dot12InIPMErrors", FieldType.U32, 0, null, false),
                new Field("dot12InOversizeFrameErrors", FieldType.U32, 0, null, false),
                new Field("dot12InDataErrors", FieldType.U32, 0, null, false),
                new Field("dot12InNullAddressedFrames", FieldType.U32, 0, null, false),
                new Field("dot12OutHighPriorityFrames", FieldType.U32, 0, null, false),
                new Field("dot12OutHighPriorityOctets", FieldType.U64, 0, null, false),
                new Field("dot12TransitionIntoTrainings", FieldType.U32, 0, null, false),
                new Field("dot12HCInHighPriorityOctets", FieldType.U64, 0, null, false),
                new Field("dot12HCInNormPriorityOctets", FieldType.U64, 0, null, false),
                new Field("dot12HCOutHighPriorityOctets", FieldType.U64, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 5, "vlan"),
        new RecordSchema(
            "vlan",
            ImmutableList.of(
                new Field("in_vlan", FieldType.U32, 0, null, false),
                new Field("octets", FieldType.U64, 0, null, false),
                new Field("ucastPkts", FieldType.U32, 0, null, false),
                new Field("multicastPkts", FieldType.U32, 0, null, false),
                new Field("broadcastPkts", FieldType.U32, 0, null, false),
                new Field("discards", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 6, "ieee80211"),
        new RecordSchema(
            "ieee80211",
            ImmutableList.of(
                new Field("dot11TransmittedFragmentCount", FieldType.U32, 0, null, false),
                new Field("dot11MulticastTransmittedFrameCount", FieldType.U32, 0, null, false),
                new Field("dot11FailedCount", FieldType.U32, 0, null, false),
                new Field("dot11RetryCount", FieldType.U32, 0, null, false),
                new Field("dot11MultipleRetryCount", FieldType.U32, 0, null, false),
                new Field("dot11FrameDuplicateCount", FieldType.U32, 0, null, false),
                new Field("dot11RTSSuccessCount", FieldType.U32, 0, null, false),
                new Field("dot11RTSFailureCount", FieldType.U32, 0, null, false),
                new Field("dot11ACKFailureCount", FieldType.U32, 0, null, false),
                new Field("dot11ReceivedFragmentCount", FieldType.U32, 0, null, false),
                new Field("dot11MulticastReceivedFrameCount", FieldType.U32, 0, null, false),
                new Field("dot11FCSErrorCount", FieldType.U32, 0, null, false),
                new Field("dot11TransmittedFrameCount", FieldType.U32, 0, null, false),
                new Field("dot11WEPUndecryptableCount", FieldType.U32, 0, null, false),
                new Field("dot11QoSDiscardedFragmentCount", FieldType.U32, 0, null, false),
                new Field("dot11AssociatedStationCount", FieldType.U32, 0, null, false),
                new Field("dot11QoSCFPollsReceivedCount", FieldType.U32, 0, null, false),
                new Field("dot11QoSCFPollsUnusedCount", FieldType.U32, 0, null, false),
                new Field("dot11QoSCFPollsUnusableCount", FieldType.U32, 0, null, false),
                new Field("dot11QoSCFPollsLostCount", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 7, "lag_port_stats"),
        new RecordSchema(
            "lag_port_stats",
            ImmutableList.of(
                new Field("actorSystemID", FieldType.MAC, 0, null, false),
                new Field("partnerSystemID", FieldType.MAC, 0, null, false),
                new Field("attachedAggID", FieldType.U32, 0, null, false),
                new Field("portState", FieldType.U32, 0, null, false),
                new Field("LACPDUsRx", FieldType.U32, 0, null, false),
                new Field("markerPDUsRx", FieldType.U32, 0, null, false),
                new Field("markerResponsePDUsRx", FieldType.U32, 0, null, false),
                new Field("unknownRx", FieldType.U32, 0, null, false),
                new Field("illegalRx", FieldType.U32, 0, null, false),
                new Field("LACPDUsTx", FieldType.U32, 0, null, false),
                new Field("markerPDUsTx", FieldType.U32, 0, null, false),
                new Field("markerResponsePDUsTx", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 10, "sfp"),
        new RecordSchema(
            "sfp",
            ImmutableList.of(
                new Field("sfp_module_id", FieldType.U32, 0, null, false),
                new Field("sfp_module_total_lanes", FieldType.U32, 0, null, false),
                new Field("sfp_module_supply_voltage", FieldType.U32, 0, null, false),
                new Field("sfp_module_temperature", FieldType.U32, 0, null, false),
                new Field(
                    "sfp_lanes",
                    FieldType.STRUCT_ARRAY,
                    0,
                    new RecordSchema(
                        "lane",
                        ImmutableList.of(
                            new Field("sfp_lane_index", FieldType.U32, 0, null, false),
                            new Field("sfp_lane_tx_bias_current_uA", FieldType.U32, 0, null, false),
                            new Field("sfp_lane_tx_power_uW", FieldType.U32, 0, null, false),
                            new Field("sfp_lane_tx_power_min_uW", FieldType.U32, 0, null, false),
                            new Field("sfp_lane_tx_power_max_uW", FieldType.U32, 0, null, false),
                            new Field("sfp_lane_tx_wavelength_nM", FieldType.U32, 0, null, false),
                            new Field("sfp_lane_rx_power_uW", FieldType.U32, 0, null, false),
                            new Field("sfp_lane_rx_power_min_uW", FieldType.U32, 0, null, false),
                            new Field("sfp_lane_rx_power_max_uW", FieldType.U32, 0, null, false),
                            new Field("sfp_lane_rx_wavelength_nM", FieldType.U32, 0, null, false))),
                    false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 1001, "processor"),
        new RecordSchema(
            "processor",
            ImmutableList.of(
                new Field("5s_cpu", FieldType.PERCENT, 0, null, false),
                new Field("1m_cpu", FieldType.PERCENT, 0, null, false),
                new Field("5m_cpu", FieldType.PERCENT, 0, null, false),
                new Field("total_memory_bytes", FieldType.U64, 0, null, false),
                new Field("free_memory_bytes", FieldType.U64, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 1002, "radio_utilization"),
        new RecordSchema(
            "radio_utilization",
            ImmutableList.of(
                new Field("radio_elapsed_time", FieldType.U32, 0, null, false),
                new Field("radio_on_channel_time", FieldType.U32, 0, null, false),
                new Field("radio_on_channel_busy_time", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 1004, "of_port"),
        new RecordSchema(
            "of_port",
            ImmutableList.of(
                new Field("openflow_datapath_id", FieldType.U64_HEX, 0, null, false),
                new Field("openflow_port", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 1005, "port_name"),
        new RecordSchema(
            "port_name",
            ImmutableList.of(new Field("ifName", FieldType.STRING, 256, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 2000, "host_descr"),
        new RecordSchema(
            "host_descr",
            ImmutableList.of(
                new Field("hostname", FieldType.STRING, 64, null, false),
                new Field("UUID", FieldType.UUID, 0, null, false),
                new Field("machine_type", FieldType.U32, 0, null, false),
                new Field("os_name", FieldType.U32, 0, null, false),
                new Field("os_release", FieldType.STRING, 32, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 2001, "host_adapters"),
        new RecordSchema(
            "host_adapters",
            ImmutableList.of(
                new Field(
                    "adaptors",
                    FieldType.STRUCT_ARRAY,
                    0,
                    new RecordSchema(
                        "host_adapter",
                        ImmutableList.of(
                            new Field("ifIndex", FieldType.U32, 0, null, false),
                            new Field(
                                "MACs",
                                FieldType.STRUCT_ARRAY,
                                0,
                                new RecordSchema(
                                    "mac",
                                    ImmutableList.of(
                                        new Field("MAC", FieldType.MAC, 0, null, false))),
                                false))),
                    false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 2002, "host_parent"),
        new RecordSchema(
            "host_parent",
            ImmutableList.of(
                new Field("parent_dsClass", FieldType.U32, 0, null, false),
                new Field("parent_dsIndex", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 2003, "host_cpu"),
        new RecordSchema(
            "host_cpu",
            ImmutableList.of(
                new Field("cpu_load_one", FieldType.FLOAT, 0, null, false),
                new Field("cpu_load_five", FieldType.FLOAT, 0, null, false),
                new Field("cpu_load_fifteen", FieldType.FLOAT, 0, null, false),
                new Field("cpu_proc_run", FieldType.U32, 0, null, false),
                new Field("cpu_proc_total", FieldType.U32, 0, null, false),
                new Field("cpu_num", FieldType.U32, 0, null, false),
                new Field("cpu_speed", FieldType.U32, 0, null, false),
                new Field("cpu_uptime", FieldType.U32, 0, null, false),
                new Field("cpu_user", FieldType.U32, 0, null, false),
                new Field("cpu_nice", FieldType.U32, 0, null, false),
                new Field("cpu_system", FieldType.U32, 0, null, false),
                new Field("cpu_idle", FieldType.U32, 0, null, false),
                new Field("cpu_wio", FieldType.U32, 0, null, false),
                new Field("cpuintr", FieldType.U32, 0, null, false),
                new Field("cpu_sintr", FieldType.U32, 0, null, false),
                new Field("cpuinterrupts", FieldType.U32, 0, null, false),
                new Field("cpu_contexts", FieldType.U32, 0, null, false),
                new Field("cpu_steal", FieldType.U32, 0, null, true),
                new Field("cpu_guest", FieldType.U32, 0, null, true),
                new Field("cpu_guest_nice", FieldType.U32, 0, null, true))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 2004, "host_memory"),
        new RecordSchema(
            "host_memory",
            ImmutableList.of(
                new Field("mem_total", FieldType.U64, 0, null, false),
                new Field("mem_free", FieldType.U64, 0, null, false),
                new Field("mem_shared", FieldType.U64, 0, null, false),
                new Field("mem_buffers", FieldType.U64, 0, null, false),
                new Field("mem_cached", FieldType.U64, 0, null, false),
                new Field("swap_total", FieldType.U64, 0, null, false),
                new Field("swap_free", FieldType.U64, 0, null, false),
                new Field("page_in", FieldType.U32, 0, null, false),
                new Field("page_out", FieldType.U32, 0, null, false),
                new Field("swap_in", FieldType.U32, 0, null, false),
                new Field("swap_out", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 2005, "host_disk_io"),
        new RecordSchema(
            "host_disk_io",
            ImmutableList.of(
                new Field("disk_total", FieldType.U64, 0, null, false),
                new Field("disk_free", FieldType.U64, 0, null, false),
                new Field("disk_partition_max_used", FieldType.PERCENT, 0, null, false),
                new Field("disk_reads", FieldType.U32, 0, null, false),
                new Field("disk_bytes_read", FieldType.U64, 0, null, false),
                new Field("disk_read_time", FieldType.U32, 0, null, false),
                new Field("disk_writes", FieldType.U32, 0, null, false),
                new Field("disk_bytes_written", FieldType.U64, 0, null, false),
                new Field("disk_write_time", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 2006, "host_net_io"),
        new RecordSchema(
            "host_net_io",
            ImmutableList.of(
                new Field("nio_bytes_in", FieldType.U64, 0, null, false),
                new Field("nio_pkts_in", FieldType.U32, 0, null, false),
                new Field("nio_errs_in", FieldType.U32, 0, null, false),
                new Field("nio_drops_in", FieldType.U32, 0, null, false),
                new Field("nio_bytes_out", FieldType.U64, 0, null, false),
                new Field("nio_pkts_out", FieldType.U32, 0, null, false),
                new Field("nio_errs_out", FieldType.U32, 0, null, false),
                new Field("nio_drops_out", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 2007, "host_ip"),
        new RecordSchema(
            "host_ip",
            ImmutableList.of(
                new Field("ipForwarding", FieldType.U32, 0, null, false),
                new Field("ipDefaultTTL", FieldType.U32, 0, null, false),
                new Field("ipInReceives", FieldType.U32, 0, null, false),
                new Field("ipInHdrErrors", FieldType.U32, 0, null, false),
                new Field("ipInAddrErrors", FieldType.U32, 0, null, false),
                new Field("ipForwDatagrams", FieldType.U32, 0, null, false),
                new Field("ipInUnknownProtos", FieldType.U32, 0, null, false),
                new Field("ipInDiscards", FieldType.U32, 0, null, false),
                new Field("ipInDelivers", FieldType.U32, 0, null, false),
                new Field("ipOutRequests", FieldType.U32, 0, null, false),
                new Field("ipOutDiscards", FieldType.U32, 0, null, false),
                new Field("ipOutNoRoutes", FieldType.U32, 0, null, false),
                new Field("ipReasmTimeout", FieldType.U32, 0, null, false),
                new Field("ipReasmReqds", FieldType.U32, 0, null, false),
                new Field("ipReasmOKs", FieldType.U32, 0, null, false),
                new Field("ipReasmFails", FieldType.U32, 0, null, false),
                new Field("ipFragOKs", FieldType.U32, 0, null, false),
                new Field("ipFragFails", FieldType.U32, 0, null, false),
                new Field("ipFragCreates", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 2008, "host_icmp"),
        new RecordSchema(
            "host_icmp",
            ImmutableList.of(
                new Field("icmpInMsgs", FieldType.U32, 0, null, false),
                new Field("icmpInErrors", FieldType.U32, 0, null, false),
                new Field("icmpInDestUnreachs", FieldType.U32, 0, null, false),
                new Field("icmpInTimeExcds", FieldType.U32, 0, null, false),
                new Field("icmpInParamProbs", FieldType.U32, 0, null, false),
                new Field("icmpInSrcQuenchs", FieldType.U32, 0, null, false),
                new Field("icmpInRedirects", FieldType.U32, 0, null, false),
                new Field("icmpInEchos", FieldType.U32, 0, null, false),
                new Field("icmpInEchoReps", FieldType.U32, 0, null, false),
                new Field("icmpInTimestamps", FieldType.U32, 0, null, false),
                new Field("icmpInAddrMasks", FieldType.U32, 0, null, false),
                new Field("icmpInAddrMaskReps", FieldType.U32, 0, null, false),
                new Field("icmpOutMsgs", FieldType.U32, 0, null, false),
                new Field("icmpOutErrors", FieldType.U32, 0, null, false),
                new Field("icmpOutDestUnreachs", FieldType.U32, 0, null, false),
                new Field("icmpOutTimeExcds", FieldType.U32, 0, null, false),
                new Field("icmpOutParamProbs", FieldType.U32, 0, null, false),
                new Field("icmpOutSrcQuenchs", FieldType.U32, 0, null, false),
                new Field("icmpOutRedirects", FieldType.U32, 0, null, false),
                new Field("icmpOutEchos", FieldType.U32, 0, null, false),
                new Field("icmpOutEchoReps", FieldType.U32, 0, null, false),
                new Field("icmpOutTimestamps", FieldType.U32, 0, null, false),
                new Field("icmpOutTimestampReps", FieldType.U32, 0, null, false),
                new Field("icmpOutAddrMasks", FieldType.U32, 0, null, false),
                new Field("icmpOutAddrMaskReps", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 2009, "host_tcp"),
        new RecordSchema(
            "host_tcp",
            ImmutableList.of(
                new Field("tcpRtoAlgorithm", FieldType.U32, 0, null, false),
                new Field("tcpRtoMin", FieldType.U32, 0, null, false),
                new Field("tcpRtoMax", FieldType.U32, 0, null, false),
                new Field("tcpMaxConn", FieldType.U32, 0, null, false),
                new Field("tcpActiveOpens", FieldType.U32, 0, null, false),
                new Field("tcpPassiveOpens", FieldType.U32, 0, null, false),
                new Field("tcpAttemptFails", FieldType.U32, 0, null, false),
                new Field("tcpEstabResets", FieldType.U32, 0, null, false),
                new Field("tcpCurrEstab", FieldType.U32, 0, null, false),
                new Field("tcpInSegs", FieldType.U32, 0, null, false),
                new Field("tcpOutSegs", FieldType.U32, 0, null, false),
                new Field("tcpRetransSegs", FieldType.U32, 0, null, false),
                new Field("tcpInErrs", FieldType.U32, 0, null, false),
                new Field("tcpOutRsts", FieldType.U32, 0, null, false),
                new Field("tcpInCsumErrors", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 2010, "host_udp"),
        new RecordSchema(
            "host_udp",
            ImmutableList.of(
                new Field("udpInDatagrams", FieldType.U32, 0, null, false),
                new Field("udpNoPorts", FieldType.U32, 0, null, false),
                new Field("udpInErrors", FieldType.U32, 0, null, false),
                new Field("udpOutDatagrams", FieldType.U32, 0, null, false),
                new Field("udpRcvbufErrors", FieldType.U32, 0, null, false),
                new Field("udpSndbufErrors", FieldType.U32, 0, null, false),
                new Field("udpInCsumErrors", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 2100, "virt_node"),
        new RecordSchema(
            "virt_node",
            ImmutableList.of(
                new Field("vnode_mhz", FieldType.U32, 0, null, false),
                new Field("vnode_cpus", FieldType.U32, 0, null, false),
                new Field("vnode_memory", FieldType.U64, 0, null, false),
                new Field("vnode_memory_free", FieldType.U64, 0, null, false),
                new Field("vnode_num_domains", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 2101, "virt_cpu"),
        new RecordSchema(
            "virt_cpu",
            ImmutableList.of(
                new Field("vcpu_state", FieldType.U32, 0, null, false),
                new Field("vcpu_cpu_mS", FieldType.U32, 0, null, false),
                new Field("vcpu_cpuCount", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 2102, "virt_memory"),
        new RecordSchema(
            "virt_memory",
            ImmutableList.of(
                new Field("vmem_memory", FieldType.U64, 0, null, false),
                new Field("vmem_maxMemory", FieldType.U64, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 2103, "virt_disk_io"),
        new RecordSchema(
            "virt_disk_io",
            ImmutableList.of(
                new Field("vdsk_capacity", FieldType.U64, 0, null, false),
                new Field("vdsk_allocation", FieldType.U64, 0, null, false),
                new Field("vdsk_available", FieldType.U64, 0, null, false),
                new Field("vdsk_rd_req", FieldType.U32, 0, null, false),
                new Field("vdsk_rd_bytes", FieldType.U64, 0, null, false),
                new Field("vdsk_wr_req", FieldType.U32, 0, null, false),
                new Field("vdsk_wr_bytes", FieldType.U64, 0, null, false),
                new Field("vdsk_errs", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 2104, "virt_net_io"),
        new RecordSchema(
            "virt_net_io",
            ImmutableList.of(
                new Field("vnio_bytes_in", FieldType.U64, 0, null, false),
                new Field("vnio_pkts_in", FieldType.U32, 0, null, false),
                new Field("vnio_errs_in", FieldType.U32, 0, null, false),
                new Field("vnio_drops_in", FieldType.U32, 0, null, false),
                new Field("vnio_bytes_out", FieldType.U64, 0, null, false),
                new Field("vnio_pkts_out", FieldType.U32, 0, null, false),
                new Field("vnio_errs_out", FieldType.U32, 0, null, false),
                new Field("vnio_drops_out", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 2105, "jvm_runtime"),
        new RecordSchema(
            "jvm_runtime",
            ImmutableList.of(
                new Field("jvm_name", FieldType.STRING, 64, null, false),
                new Field("jvm_vendor", FieldType.STRING, 32, null, false),
                new Field("jvm_version", FieldType.STRING, 32, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 2106, "jvm_statistics"),
        new RecordSchema(
            "jvm_statistics",
            ImmutableList.of(
                new Field("heap_mem_initial", FieldType.U64, 0, null, false),
                new Field("heap_mem_used", FieldType.U64, 0, null, false),
                new Field("heap_mem_committed", FieldType.U64, 0, null, false),
                new Field("heap_mem_max", FieldType.U64, 0, null, false),
                new Field("non_heap_mem_initial", FieldType.U64, 0, null, false),
                new Field("non_heap_mem_used", FieldType.U64, 0, null, false),
                new Field("non_heap_mem_committed", FieldType.U64, 0, null, false),
                new Field("non_heap_mem_max", FieldType.U64, 0, null, false),
                new Field("gc_count", FieldType.U32, 0, null, false),
                new Field("gc_mS", FieldType.U32, 0, null, false),
                new Field("classes_loaded", FieldType.U32, 0, null, false),
                new Field("classes_total", FieldType.U32, 0, null, false),
                new Field("classes_unloaded", FieldType.U32, 0, null, false),
                new Field("compilation_mS", FieldType.U32, 0, null, false),
                new Field("threads_live", FieldType.U32, 0, null, false),
                new Field("threads_daemon", FieldType.U32, 0, null, false),
                new Field("threads_started", FieldType.U32, 0, null, false),
                new Field("fds_open", FieldType.U32, 0, null, true),
                new Field("fds_max", FieldType.U32, 0, null, true))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 2200, "memcache_counters_v1"),
        new RecordSchema(
            "memcache_counters_v1",
            ImmutableList.of(
                new Field("memcache_uptime", FieldType.U32, 0, null, false),
                new Field("memcache_rusage_user", FieldType.U32, 0, null, false),
                new Field("memcache_rusage_system", FieldType.U32, 0, null, false),
                new Field("memcache_curr_connections", FieldType.U32, 0, null, false),
                new Field("memcache_total_connections", FieldType.U32, 0, null, false),
                new Field("memcache_connection_structures", FieldType.U32, 0, null, false),
                new Field("memcache_cmd_get", FieldType.U32, 0, null, false),
                new Field("memcache_cmd_set", FieldType.U32, 0, null, false),
                new Field("memcache_cmd_flush", FieldType.U32, 0, null, false),
                new Field("memcache_get_hits", FieldType.U32, 0, null, false),
                new Field("memcache_get_misses", FieldType.U32, 0, null, false),
                new Field("memcache_delete_misses", FieldType.U32, 0, null, false),
                new Field("memcache_delete_hits", FieldType.U32, 0, null, false),
                new Field("memcache_incr_misses", FieldType.U32, 0, null, false),
                new Field("memcache_incr_hits", FieldType.U32, 0, null, false),
                new Field("memcache_decr_misses", FieldType.U32, 0, null, false),
                new Field("memcache_decr_hits", FieldType.U32, 0, null, false),
                new Field("memcache_cas_misses", FieldType.U32, 0, null, false),
                new Field("memcache_cas_hits", FieldType.U32, 0, null, false),
                new Field("memcache_cas_badval", FieldType.U32, 0, null, false),
                new Field("memcache_auth_cmds", FieldType.U32, 0, null, false),
                new Field("memcache_auth_errors", FieldType.U32, 0, null, false),
                new Field("memcache_bytes_read", FieldType.U64, 0, null, false),
                new Field("memcache_bytes_written", FieldType.U64, 0, null, false),
                new Field("memcache_limit_maxbytes", FieldType.U32, 0, null, false),
                new Field("memcache_accepting_conns", FieldType.U32, 0, null, false),
                new Field("memcache_listen_disabled_num", FieldType.U32, 0, null, false),
                new Field("memcache_threads", FieldType.U32, 0, null, false),
                new Field("memcache_conn_yields", FieldType.U32, 0, null, false),
                new Field("memcache_bytes", FieldType.U64, 0, null, false),
                new Field("memcache_curr_items", FieldType.U32, 0, null, false),
                new Field("memcache_total_items", FieldType.U32, 0, null, false),
                new Field("memcache_evictions", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 2201, "http_counters"),
        new RecordSchema(
            "http_counters",
            ImmutableList.of(
                new Field("http_method_option_count", FieldType.U32, 0, null, false),
                new Field("http_method_get_count", FieldType.U32, 0, null, false),
                new Field("http_method_head_count", FieldType.U32, 0, null, false),
                new Field("http_method_post_count", FieldType.U32, 0, null, false),
                new Field("http_method_put_count", FieldType.U32, 0, null, false),
                new Field("http_method_delete_count", FieldType.U32, 0, null, false),
                new Field("http_method_trace_count", FieldType.U32, 0, null, false),
                new Field("http_methd_connect_count", FieldType.U32, 0, null, false),
                new Field("http_method_other_count", FieldType.U32, 0, null, false),
                new Field("http_status_1XX_count", FieldType.U32, 0, null, false),
                new Field("http_status_2XX_count", FieldType.U32, 0, null, false),
                new Field("http_status_3XX_count", FieldType.U32, 0, null, false),
                new Field("http_status_4XX_count", FieldType.U32, 0, null, false),
                new Field("http_status_5XX_count", FieldType.U32, 0, null, false),
                new Field("http_status_other_count", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 2202, "app_operations"),
        new RecordSchema(
            "app_operations",
            ImmutableList.of(
                new Field("application", FieldType.STRING, 32, null, false),
                new Field("status_OK", FieldType.U32, 0, null, false),
                new Field("errors_OTHER", FieldType.U32, 0, null, false),
                new Field("errors_TIMEOUT", FieldType.U32, 0, null, false),
                new Field("errors_INTERNAL_ERROR", FieldType.U32, 0, null, false),
                new Field("errors_BAD_REQUEST", FieldType.U32, 0, null, false),
                new Field("errors_FORBIDDEN", FieldType.U32, 0, null, false),
                new Field("errors_TOO_LARGE", FieldType.U32, 0, null, false),
                new Field("errors_NOT_IMPLEMENTED", FieldType.U32, 0, null, false),
                new Field("errors_NOT_FOUND", FieldType.U32, 0, null, false),
                new Field("errors_UNAVAILABLE", FieldType.U32, 0, null, false),
                new Field("errors_UNAUTHORIZED", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 2203, "app_resources"),
        new RecordSchema(
            "app_resources",
            ImmutableList.of(
                new Field("user_time", FieldType.U32, 0, null, false),
                new Field("system_time", FieldType.U32, 0, null, false),
                new Field("memory_used", FieldType.U64, 0, null, false),
                new Field("memory_max", FieldType.U64, 0, null, false),
                new Field("files_open", FieldType.U32, 0, null, false),
                new Field("files_max", FieldType.U32, 0, null, false),
                new Field("connections_open", FieldType.U32, 0, null, false),
                new Field("connections_max", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 2204, "memcache_counters"),
        new RecordSchema(
            "memcache_counters",
            ImmutableList.of(
                new Field("memcache_cmd_set", FieldType.U32, 0, null, false),
                new Field("memcache_cmd_touch", FieldType.U32, 0, null, false),
                new Field("memcache_cmd_flush", FieldType.U32, 0, null, false),
                new Field("memcache_get_hits", FieldType.U32, 0, null, false),
                new Field("memcache_get_misses", FieldType.U32, 0, null, false),
                new Field("memcache_delete_hits", FieldType.U32, 0, null, false),
                new Field("memcache_delete_misses", FieldType.U32, 0, null, false),
                new Field("memcache_incr_hits", FieldType.U32, 0, null, false),
                new Field("memcache_incr_misses", FieldType.U32, 0, null, false),
                new Field("memcache_decr_hits", FieldType.U32, 0, null, false),
                new Field("memcache_decr_misses", FieldType.U32, 0, null, false),
                new Field("memcache_cas_hits", FieldType.U32, 0, null, false),
                new Field("memcache_cas_misses", FieldType.U32, 0, null, false),
                new Field("memcache_cas_badval", FieldType.U32, 0, null, false),
                new Field("memcache_auth_cmds", FieldType.U32, 0, null, false),
                new Field("memcache_auth_errors", FieldType.U32, 0, null, false),
                new Field("memcache_threads", FieldType.U32, 0, null, false),
                new Field("memcache_conn_yields", FieldType.U32, 0, null, false),
                new Field("memcache_listen_disabled_num", FieldType.U32, 0, null, false),
                new Field("memcache_curr_connections", FieldType.U32, 0, null, false),
                new Field("memcache_rejected_connections", FieldType.U32, 0, null, false),
                new Field("memcache_total_connections", FieldType.U32, 0, null, false),
                new Field("memcache_connection_structures", FieldType.U32, 0, null, false),
                new Field("memcache_evictions", FieldType.U32, 0, null, false),
                new Field("memcache_reclaimed", FieldType.U32, 0, null, false),
                new Field("memcache_curr_items", FieldType.U32, 0, null, false),
                new Field("memcache_total_items", FieldType.U32, 0, null, false),
                new Field("memcache_bytes_read", FieldType.U64, 0, null, false),
                new Field("memcache_bytes_written", FieldType.U64, 0, null, false),
                new Field("memcache_bytes", FieldType.U64, 0, null, false),
                new Field("memcache_limit_maxbytes", FieldType.U64, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 2205, "vdi_counters"),
        new RecordSchema(
            "vdi_counters",
            ImmutableList.of(
                new Field("vdi_sessions_current", FieldType.U32, 0, null, false),
                new Field("vdi_sessions_total", FieldType.U32, 0, null, false),
                new Field("vdi_sessions_duration", FieldType.U32, 0, null, false),
                new Field("vdi_rx_bytes", FieldType.U32, 0, null, false),
                new Field("vdi_tx_bytes", FieldType.U32, 0, null, false),
                new Field("vdi_rx_packets", FieldType.U32, 0, null, false),
                new Field("vdi_tx_packets", FieldType.U32, 0, null, false),
                new Field("vdi_rx_packets_lost", FieldType.U32, 0, null, false),
                new Field("vdi_tx_packets_lost", FieldType.U32, 0, null, false),
                new Field("vdi_rtt_min_ms", FieldType.U32, 0, null, false),
                new Field("vdi_rtt_max_ms", FieldType.U32, 0, null, false),
                new Field("vdi_rtt_avg_ms", FieldType.U32, 0, null, false),
                new Field("vdi_audio_rx_bytes", FieldType.U32, 0, null, false),
                new Field("vdi_audio_tx_bytes", FieldType.U32, 0, null, false),
                new Field("vdi_audio_tx_limit", FieldType.U32, 0, null, false),
                new Field("vdi_img_rx_bytes", FieldType.U32, 0, null, false),
                new Field("vdi_img_tx_bytes", FieldType.U32, 0, null, false),
                new Field("vdi_img_frames", FieldType.U32, 0, null, false),
                new Field("vdi_img_qual_min", FieldType.U32, 0, null, false),
                new Field("vdi_img_qual_max", FieldType.U32, 0, null, false),
                new Field("vdi_img_qual_avg", FieldType.U32, 0, null, false),
                new Field("vdi_usb_rx_bytes", FieldType.U32, 0, null, false),
                new Field("vdi_usb_tx_bytes", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 2206, "app_workers"),
        new RecordSchema(
            "app_workers",
            ImmutableList.of(
                new Field("workers_active", FieldType.U32, 0, null, false),
                new Field("workers_idle", FieldType.U32, 0, null, false),
                new Field("workers_max", FieldType.U32, 0, null, false),
                new Field("requests_delayed", FieldType.U32, 0, null, false),
                new Field("requests_dropped", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 0, 2207, "ovs_dp_stats"),
        new RecordSchema(
            "ovs_dp_stats",
            ImmutableList.of(
                new Field("OVS_dp_hits", FieldType.U32, 0, null, false),
                new Field("OVS_dp_misses", FieldType.U32, 0, null, false),
                new Field("OVS_dp_lost", FieldType.U32, 0, null, false),
                new Field("OVS_dp_mask_hits", FieldType.U32, 0, null, false),
                new Field("OVS_dp_flows", FieldType.U32, 0, null, false),
                new Field("OVS_dp_masks", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 5703, 1, "nvidia_gpu"),
        new RecordSchema(
            "nvidia_gpu",
            ImmutableList.of(
                new Field("nvml_device_count", FieldType.U32, 0, null, false),
                new Field("nvml_processes", FieldType.U32, 0, null, false),
                new Field("nvml_gpu_mS", FieldType.U32, 0, null, false),
                new Field("nvml_mem_mS", FieldType.U32, 0, null, false),
                new Field("nvml_mem_bytes_total", FieldType.U64, 0, null, false),
                new Field("nvml_mem_bytes_free", FieldType.U64, 0, null, false),
                new Field("nvml_ecc_errors", FieldType.U32, 0, null, false),
                new Field("nvml_energy_mJ", FieldType.U32, 0, null, false),
                new Field("nvml_temperature_C", FieldType.U32, 0, null, false),
                new Field("nvml_fan_speed_pc", FieldType.U32, 0, null, false))));
    b.put(
        DataFormat.register(DataFormat.Kind.COUNTER, 4413, 3, "bcm_tables"),
        new RecordSchema(
            "bcm_tables",
            ImmutableList.of(
                new Field("bcm_asic_host_entries", FieldType.U32, 0, null, false),
                new Field("bcm_host_entries_max", FieldType.U32, 0, null, false),
                new Field("bcm_ipv4_entries", FieldType.U32, 0, null, false),
                new Field("bcm_ipv4_entries_max", FieldType.U32, 0, null, false),
                new Field("bcm_ipv6_entries", FieldType.U32, 0, null, false),
                new Field("bcm_ipv6_entries_max", FieldType.U32, 0, null, false),
                new Field("bcm_ipv4_ipv6_entries", FieldType.U32, 0, null, false),
                new Field("bcm_ipv4_ipv6_entries_max", FieldType.U32, 0, null, false),
                new Field("bcm_long_ipv6_entries", FieldType.U32, 0, null, false),
                new Field("bcm_long_ipv6_entries_max", FieldType.U32, 0, null, false),
                new Field("bcm_total_routes", FieldType.U32, 0, null, false),
                new Field("bcm_total_routes_max", FieldType.U32, 0, null, false),
                new Field("bcm_ecmp_nexthops", FieldType.U32, 0, null, false),
                new Field("bcm_ecmp_nexthops_max", FieldType.U32, 0, null, false),
                new Field("bcm_mac_entries", FieldType.U32, 0, null, false),
                new Field("bcm_mac_entries_max", FieldType.U32, 0, null, false),
                new Field("bcm_ipv4_neighbors", FieldType.U32, 0, null, false),
                new Field("bcm_ipv6_neighbors", FieldType.U32, 0, null, false),
                new Field("bcm_ipv4_routes", FieldType.U32, 0, null, false),
                new Field("bcm_ipv6_routes", FieldType.U32, 0, null, false),
                new Field("bcm_acl_ingress_entries", FieldType.U32, 0, null, false),
                new Field("bcm_acl_ingress_entries_max", FieldType.U32, 0, null, false),
                new Field("bcm_acl_ingress_counters", FieldType.U32, 0, null, false),
                new Field("bcm_acl_ingress_counters_max", FieldType.U32, 0, null, false),
                new Field("bcm_acl_ingress_meters", FieldType.U32, 0, null, false),
                new Field("bcm_acl_ingress_meters_max", FieldType.U32, 0, null, false),
                new Field("bcm_acl_ingress_slices", FieldType.U32, 0, null, false),
                new Field("bcm_acl_ingress_slices_max", FieldType.U32, 0, null, false),
                new Field("bcm_acl_egress_entries", FieldType.U32, 0, null, false),
                new Field("bcm_acl_egress_entries_max", FieldType.U32, 0, null, false),
                new Field("bcm_acl_egress_counters", FieldType.U32, 0, null, false),
                new Field("bcm_acl_egress_counters_max", FieldType.U32, 0, null, false),
                new Field("bcm_acl_egress_meters", FieldType.U32, 0, null, false),
                new Field("bcm_acl_egress_meters_max", FieldType.U32, 0, null, false),
                new Field("bcm_acl_egress_slices", FieldType.U32, 0, null, false),
                new Field("bcm_acl_egress_slices_max", FieldType.U32, 0, null, false))));
    SCHEMAS = b.buildOrThrow();
  }

  private RecordSchemas() {}

  static void ensureLoaded() {
    // class initialisation registers every known format
  }

  /** The schema of {@code format}, or null when ixwire does not know its structure. */
  public static @Nullable RecordSchema of(DataFormat format) {
    return SCHEMAS.get(format);
  }

  /** Every known format with its schema. */
  public static ImmutableMap<DataFormat, RecordSchema> all() {
    return SCHEMAS;
  }
}
