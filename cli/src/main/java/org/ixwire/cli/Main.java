package org.ixwire.cli;

import org.ixwire.cli.bgp.BgpCommand;
import org.ixwire.cli.mrt.MrtCommand;
import org.ixwire.cli.sflow.SflowCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ixwire} command: {@code ixwire bgp …}, {@code ixwire mrt …}, {@code ixwire sflow …}.
 * Each subcommand lives in its own package; add it to {@code subcommands} below.
 */
@Command(
    name = "ixwire",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Wire-level tools for Internet exchange points: BGP-4, MRT and sFlow v5.",
    subcommands = {
      CommandLine.HelpCommand.class,
      BgpCommand.class,
      MrtCommand.class,
      SflowCommand.class
    })
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status (for tests). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The configured command line (tests set its output writers). */
  public static CommandLine commandLine() {
    return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
  }

  /** Prints the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"ixwire " + (v != null ? v : "development build")};
    }
  }
}
