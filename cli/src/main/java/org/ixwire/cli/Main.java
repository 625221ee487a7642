package org.ixwire.cli;

import org.ixwire.cli.bgp.BgpCommand;
import org.ixwire.cli.mrt.MrtCommand;
import org.ixwire.cli.sflow.SflowCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ixwire} command: {@code ixwire bgp …}, {@code ixwire mrt …}, {@code ixwire sflow …}.
 * Each subcommand lives in its own package; add it to {@link #commandLine(String)}.
 */
@Command(
    name = "ixwire",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Wire-level tools for Internet exchange points: BGP-4, MRT and sFlow v5.")
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    StderrLoggerFactory.install();
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status (for tests). */
  public static int run(String... args) {
    return commandLine(args.length > 0 ? args[0] : "").execute(args);
  }

  /** The configured command line with every subcommand (tests set its output writers). */
  public static CommandLine commandLine() {
    return commandLine("");
  }

  /**
   * The configured command line; when {@code first} (the first argument) names a subcommand, only
   * that one is built: picocli reflects over every option of every subcommand it is given, start-up
   * time (~50 ms) that a run of one command need not pay. Anything else (no argument, help, an
   * unknown word) gets them all.
   */
  static CommandLine commandLine(String first) {
    CommandLine cl = new CommandLine(new Main());
    switch (first) {
      case "bgp":
        cl.addSubcommand(BgpCommand.class);
        break;
      case "mrt":
        cl.addSubcommand(MrtCommand.class);
        break;
      case "sflow":
        cl.addSubcommand(SflowCommand.class);
        break;
      default:
        cl.addSubcommand(CommandLine.HelpCommand.class);
        cl.addSubcommand(BgpCommand.class);
        cl.addSubcommand(MrtCommand.class);
        cl.addSubcommand(SflowCommand.class);
    }
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    CommandLine.IExecutionExceptionHandler usual = cl.getExecutionExceptionHandler();
    cl.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          if (isBrokenPipe(e)) {
            return BROKEN_PIPE;
          }
          // a missing or unreadable input file is the user's problem: one line, exit status 1
          Throwable c = e instanceof java.io.UncheckedIOException ? e.getCause() : e;
          if (c instanceof java.nio.file.FileSystemException
              || c instanceof java.io.FileNotFoundException) {
            line.getErr().println("ixwire: cannot read " + c.getMessage());
            return 1;
          }
          return usual.handleExecutionException(e, line, parsed);
        });
    return cl;
  }

  /**
   * Exit status when the reader of standard output went away ({@code ixwire … | head}): what a
   * shell reports for a C tool killed by SIGPIPE (128 + 13), without a stack trace.
   */
  static final int BROKEN_PIPE = 141;

  private static boolean isBrokenPipe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.io.IOException
          && t.getMessage() != null
          && t.getMessage().contains("Broken pipe")) {
        return true;
      }
    }
    return false;
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
