package dev.handoffls;

import dev.handoffls.cli.CheckCommand;
import dev.handoffls.cli.CliOutput;
import dev.handoffls.cli.CrashReport;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Entry point of {@code handoff-ls.jar}: dispatches {@code check}, {@code sync-pt}, {@code directive}, {@code trail}, {@code report} and {@code lsp}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, Path.of("").toAbsolutePath(), new CliOutput(out, err)));
    }

    public static int run(String[] arguments, Path cwd, CliOutput io) {
        // Any command accepts --verbose: it decides whether an internal error shows its stack trace, and
        // check also says what its cache did (so check keeps the option; the others never see it).
        boolean verbose = java.util.Arrays.asList(arguments).contains(CrashReport.VERBOSE);
        String[] args = arguments.length > 0 && arguments[0].equals("check")
                ? arguments
                : java.util.Arrays.stream(arguments)
                        .filter(a -> !a.equals(CrashReport.VERBOSE))
                        .toArray(String[]::new);
        try {
            return dispatch(args, cwd, io);
        } catch (RuntimeException | Error e) {
            return CrashReport.report(e, args.length == 0 ? "lsp" : args[0], verbose, io.err());
        }
    }

    private static int dispatch(String[] args, Path cwd, CliOutput io) {
        if (args.length == 0 || args[0].equals("lsp")) {
            if (System.console() != null) {
                // Started by hand in a terminal: say why nothing happens (stdout stays JSON-RPC only).
                System.err.println("handoff-ls: speaking the Language Server Protocol on stdin/stdout (an editor starts"
                        + " it like this); for the command line see 'handoff-ls --help'");
            }
            return dev.handoffls.lsp.LspLauncher.runStdio();
        }
        return switch (args[0]) {
            case "check" -> new CheckCommand(cwd, io).run(java.util.Arrays.copyOfRange(args, 1, args.length));
            case "sync-pt" ->
                new dev.handoffls.cli.GateCommands(cwd, io).syncPt(java.util.Arrays.copyOfRange(args, 1, args.length));
            case "directive" ->
                new dev.handoffls.cli.GateCommands(cwd, io)
                        .directive(java.util.Arrays.copyOfRange(args, 1, args.length));
            case "trail" ->
                new dev.handoffls.cli.TrailCommand(cwd, io).run(java.util.Arrays.copyOfRange(args, 1, args.length));
            case "report" ->
                new dev.handoffls.cli.ReportCommand(cwd, io).run(java.util.Arrays.copyOfRange(args, 1, args.length));
            case "hook" ->
                new dev.handoffls.cli.HookCommand(cwd, io)
                        .run(java.util.Arrays.copyOfRange(args, 1, args.length), System.in);
            case "--help", "-h", "help" -> {
                io.out().println(CheckCommand.USAGE);
                io.out().println(dev.handoffls.cli.GateCommands.USAGE);
                io.out().println(dev.handoffls.cli.TrailCommand.USAGE);
                io.out().println(dev.handoffls.cli.ReportCommand.USAGE);
                io.out().println(dev.handoffls.cli.HookCommand.USAGE);
                yield 0;
            }
            case "--version" -> {
                io.out().println("handoff-ls " + version());
                yield 0;
            }
            default -> {
                io.err().println("handoff-ls: unknown command '" + args[0] + "'");
                io.err().println(CheckCommand.USAGE);
                yield 2;
            }
        };
    }

    public static String versionString() {
        return version();
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
