package dev.handoffls.cli;

import dev.handoffls.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/** The parsed arguments of {@code check}. */
record CheckOptions(List<String> paths, String format, String configFile, Severity failOn, boolean help, boolean fix) {

    static CheckOptions parse(String[] args) throws UsageException {
        List<String> paths = new ArrayList<>();
        String format = "text";
        String config = null;
        Severity failOn = Severity.ERROR;
        boolean help = false;
        boolean fix = false;
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
                        default -> throw new UsageException("--fail-on must be error, warning or info, not '" + v + "'");
                    };
                }
                case "--help", "-h" -> help = true;
                case "--fix" -> fix = true;
                default -> {
                    if (a.startsWith("-") && a.length() > 1) {
                        throw new UsageException("unknown option '" + a + "'");
                    }
                    paths.add(a);
                }
            }
        }
        return new CheckOptions(List.copyOf(paths), format, config, failOn, help, fix);
    }

    private static String next(String[] args, int i, String option) throws UsageException {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }
}
