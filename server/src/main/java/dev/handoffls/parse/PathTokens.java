package dev.handoffls.parse;

import dev.handoffls.config.HandoffConfig;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether a token is a path (spec §5 "What is a path"). Placeholders, URLs, e-mail
 * addresses, host names, assignments, endpoints and product names ({@code Node.js}) are not.
 */
public final class PathTokens {
    /**
     * Where in the file, not which file: {@code :12-30}, {@code ::symbol}, {@code :main}, {@code #L12};
     * a symbol may be written as a call ({@code :main()}; in prose the closing parenthesis is already
     * trimmed as punctuation).
     */
    private static final Pattern SUFFIX =
            Pattern.compile("((::[\\w.]+|:[A-Za-z_][A-Za-z0-9_]*)(\\(\\)?)?|:\\d+(-\\d+)?|#L\\d+(-L?\\d+)?)$");

    private static final Pattern TEMPLATE = Pattern.compile("[{}<>\\[\\]*…|$%]|\\.\\.\\.|YYYY|MMDD|HHMM|XXXX|<|>");
    private static final Pattern PRODUCT = Pattern.compile("^[A-Z][A-Za-z0-9]*\\.js$");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:(//)?");
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:[\\\\/]");
    private static final String EMPHASIS = "*_`";
    private static final String LEADING = "([\"'`*";
    private static final String TRAILING = ")]\"'`,;:!?.*";

    /** A path candidate: the cleaned token, its offset within the original token, and whether its first segment must exist. */
    public record Candidate(String path, int start, int end, boolean needsRootCheck) {}

    private final HandoffConfig config;

    public PathTokens(HandoffConfig config) {
        this.config = config;
    }

    /**
     * @param token    a whitespace-free token as written
     * @param fromCode whether it is the whole content of an inline code span
     */
    public Optional<Candidate> classify(String token, boolean fromCode) {
        int start = 0;
        int end = token.length();
        if (!fromCode) {
            // Emphasis comes in pairs (*x*, __x__); a lone leading '_' belongs to the name (_agents/).
            while (end - start >= 2
                    && EMPHASIS.indexOf(token.charAt(start)) >= 0
                    && token.charAt(end - 1) == token.charAt(start)) {
                start++;
                end--;
            }
            while (start < end && LEADING.indexOf(token.charAt(start)) >= 0) {
                start++;
            }
            while (end > start
                    && TRAILING.indexOf(token.charAt(end - 1)) >= 0
                    && !(token.charAt(end - 1) == '.' && end - start >= 2 && token.startsWith("..", end - 2))) {
                end--;
            }
        }
        String t = token.substring(start, end);
        // Each pattern below needs a character most tokens lack: tested first, no Matcher per token.
        String stripped =
                t.indexOf(':') < 0 && t.indexOf('#') < 0 ? t : SUFFIX.matcher(t).replaceFirst("");
        end -= t.length() - stripped.length();
        t = stripped;
        if (t.isEmpty()
                || t.length() > 400
                || !hasLetter(t)
                || TEMPLATE.matcher(t).find()
                || t.indexOf('=') >= 0
                || t.indexOf('@') >= 0
                || t.startsWith("-")
                || t.startsWith("www.")
                || t.contains("\\\\")
                || t.indexOf('"') >= 0) {
            return Optional.empty();
        }
        if (t.startsWith("~")) {
            // ~/… describes someone's machine, not the workspace (spec §12): nothing to resolve or report.
            return Optional.empty();
        }
        boolean colon = t.indexOf(':') >= 0;
        boolean absolute = t.startsWith("/") || colon && DRIVE.matcher(t).find() || t.startsWith("\\\\");
        if (!absolute && colon && SCHEME.matcher(t).find()) {
            return Optional.empty();
        }
        String name = t.endsWith("/") ? "" : t.substring(t.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        boolean knownExtension = dot > 0 && dot < name.length() - 1 && config.isKnownExtension(name.substring(dot + 1))
                || isDotfileName(name);
        if (knownExtension) {
            if (t.endsWith(".js") && PRODUCT.matcher(t).matches()) {
                return Optional.empty();
            }
            return Optional.of(new Candidate(t, start, end, false));
        }
        if (absolute || t.indexOf('/') < 0 || t.equals("/") || t.startsWith("./") && t.length() == 2) {
            // An absolute token without an extension is an endpoint (/health/api), not a path.
            return Optional.empty();
        }
        if (name.indexOf('.') > 0 && !fromCode) {
            // segment/host.name with an unknown extension: a host or version, not a file we know.
            return Optional.empty();
        }
        return Optional.of(new Candidate(t, start, end, !(fromCode && t.endsWith("/"))));
    }

    private static boolean isDotfileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("dockerfile")
                || lower.equals("makefile")
                || lower.equals(".env")
                || lower.equals(".handoff.yaml")
                || lower.equals(".gitignore");
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
