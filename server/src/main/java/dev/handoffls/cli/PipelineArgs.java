package dev.handoffls.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The arguments {@code trail} and {@code report} share: IDs (arguments that look like {@code R-1} or
 * {@code RISK-2}, where the command takes them), at most one PATH, {@code --format}, {@code --out}.
 */
record PipelineArgs(List<String> ids, String path, String format, String out, boolean help) {
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9]*-\\d+");

    /** What a command accepts: its name, usage, formats (the first is the default), and whether it takes IDs and --out. */
    record Spec(String command, String usage, List<String> formats, boolean takesIds, boolean takesOut) {}

    interface Body {
        int run(PipelineArgs args) throws UsageException, IOException;
    }

    /** Parses, prints usage for {@code --help}, and turns every usage or I/O problem into a message and exit 2. */
    static int run(Spec spec, String[] args, CliOutput io, Body body) {
        try {
            PipelineArgs parsed = parse(spec, args);
            if (parsed.help()) {
                io.out().println(spec.usage());
                return 0;
            }
            return body.run(parsed);
        } catch (UsageException e) {
            io.err().println("handoff-ls: " + e.getMessage());
            io.err().println("Try 'handoff-ls " + spec.command() + " --help'.");
            return 2;
        } catch (IOException | UncheckedIOException e) {
            io.err().println("handoff-ls: " + PathDisplay.escape(e.getMessage()));
            return 2;
        }
    }

    static PipelineArgs parse(Spec spec, String[] args) throws UsageException {
        List<String> ids = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        String format = spec.formats().get(0);
        String out = null;
        for (int i = 0; i < args.length; i++) {
            String[] optionAndValue = splitValue(args[i]);
            String a = optionAndValue[0];
            String value = optionAndValue[1];
            if (a.equals("--help") || a.equals("-h")) {
                return new PipelineArgs(List.of(), ".", format, null, true);
            } else if (a.equals("--format") || a.equals("-f")) {
                format = value != null ? value : valueAfter(args, ++i, a);
                if (!spec.formats().contains(format)) {
                    throw new UsageException(
                            "--format must be " + String.join(" or ", spec.formats()) + ", not '" + format + "'");
                }
            } else if (spec.takesOut() && (a.equals("--out") || a.equals("-o"))) {
                out = value != null ? value : valueAfter(args, ++i, a);
            } else if (a.startsWith("-") && a.length() > 1) {
                throw new UsageException("unknown option '" + a + "'");
            } else if (spec.takesIds() && ID.matcher(a).matches()) {
                ids.add(a);
            } else {
                paths.add(a);
            }
        }
        if (paths.size() > 1) {
            throw new UsageException("one PATH at most, got " + String.join(", ", paths));
        }
        return new PipelineArgs(List.copyOf(ids), paths.isEmpty() ? "." : paths.get(0), format, out, false);
    }

    /** {@code --format=json} → {@code [--format, json]}; anything else → {@code [argument, null]}. */
    private static String[] splitValue(String argument) {
        int eq = argument.indexOf('=');
        return argument.startsWith("--") && eq > 0
                ? new String[] {argument.substring(0, eq), argument.substring(eq + 1)}
                : new String[] {argument, null};
    }

    private static String valueAfter(String[] args, int i, String option) throws UsageException {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }
}
