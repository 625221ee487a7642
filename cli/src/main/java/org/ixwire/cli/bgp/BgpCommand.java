package org.ixwire.cli.bgp;

import picocli.CommandLine.Command;

/** {@code ixwire bgp}: BGP-4 message tools. */
@Command(
    name = "bgp",
    mixinStandardHelpOptions = true,
    description = "BGP-4 message tools (RFC 4271 and extensions).",
    subcommands = {DecodeCommand.class, SpeakCommand.class})
public final class BgpCommand {}
