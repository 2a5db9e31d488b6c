package dev.handoffls.cli;

import dev.handoffls.codes.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The parsed arguments of {@code check}.
 *
 * @param baselineFile  {@code --baseline FILE} or the FILE of {@code --write-baseline}; null for the default
 * @param writeBaseline {@code --write-baseline [FILE]}
 * @param noBaseline    {@code --no-baseline}: report baselined findings too
 * @param noCache       {@code --no-cache}: neither read nor write the result cache
 * @param verbose       {@code --verbose}: say on stderr whether the cache was used
 */
record CheckOptions(
        List<String> paths,
        String format,
        String configFile,
        Severity failOn,
        boolean help,
        boolean fix,
        String baselineFile,
        boolean writeBaseline,
        boolean noBaseline,
        boolean noCache,
        boolean verbose) {

    static CheckOptions parse(String[] args) throws UsageException {
        List<String> paths = new ArrayList<>();
        String format = "text";
        String config = null;
        Severity failOn = Severity.ERROR;
        boolean help = false;
        boolean fix = false;
        String baseline = null;
        boolean writeBaseline = false;
        boolean noBaseline = false;
        boolean noCache = false;
        boolean verbose = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                value = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            switch (a) {
                case "--format", "-f" -> {
                    format = value != null ? value : next(args, ++i, a);
                    if (!List.of("text", "json", "sarif").contains(format)) {
                        throw new UsageException("--format must be text, json or sarif, not '" + format + "'");
                    }
                }
                case "--config", "-c" -> config = value != null ? value : next(args, ++i, a);
                case "--fail-on" -> {
                    String v = value != null ? value : next(args, ++i, a);
                    failOn = switch (v) {
                        case "error" -> Severity.ERROR;
                        case "warning" -> Severity.WARNING;
                        case "info", "information" -> Severity.INFORMATION;
                        default ->
                            throw new UsageException("--fail-on must be error, warning or info, not '" + v + "'");
                    };
                }
                case "--help", "-h" -> help = true;
                case "--fix" -> fix = true;
                case "--baseline" -> baseline = value != null ? value : next(args, ++i, a);
                case "--write-baseline" -> {
                    writeBaseline = true;
                    // FILE is optional: taken when given with '=' or when the next argument names a .json file.
                    if (value != null) {
                        baseline = value;
                    } else if (i + 1 < args.length && args[i + 1].endsWith(".json") && !args[i + 1].startsWith("-")) {
                        baseline = args[++i];
                    }
                }
                case "--no-baseline" -> noBaseline = true;
                case "--no-cache" -> noCache = true;
                case "--verbose" -> verbose = true;
                default -> {
                    if (a.startsWith("-") && a.length() > 1) {
                        throw new UsageException("unknown option '" + a + "'");
                    }
                    paths.add(a);
                }
            }
        }
        if (writeBaseline && noBaseline) {
            throw new UsageException("--write-baseline and --no-baseline cannot be combined");
        }
        return new CheckOptions(
                List.copyOf(paths),
                format,
                config,
                failOn,
                help,
                fix,
                baseline,
                writeBaseline,
                noBaseline,
                noCache,
                verbose);
    }

    private static String next(String[] args, int i, String option) throws UsageException {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }
}
