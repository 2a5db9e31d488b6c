package dev.handoffls.parse;

import dev.handoffls.model.Heading;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The anchors python-markdown's {@code toc} extension gives headings, as an mkdocs site publishes
 * them (spec §12). Mirrors {@code markdown.extensions.toc.slugify} with its defaults (separator
 * {@code -}, {@code unicode=False}) and {@code unique}: NFKD, non-ASCII dropped ({@code žlutý} →
 * {@code zluty}), characters other than word characters, whitespace and hyphens removed, trimmed,
 * lower-cased, runs of hyphens and whitespace joined into one {@code -}; a repeated slug gets
 * {@code _1}, {@code _2}… where GitHub writes {@code -1}.
 */
public final class TocSlugs {
    private static final Pattern NOT_WORD = Pattern.compile("[^A-Za-z0-9_\\s\\x1c-\\x1f-]");
    private static final Pattern SEPARATORS = Pattern.compile("[-\\s\\x1c-\\x1f]+");
    /** A trailing attribute list with an id: {@code {#id}}, {@code { #id .class }}, {@code {: #id }}. */
    private static final Pattern ATTR_LIST = Pattern.compile("\\s\\{:?[^}\\n]*?#([^\\s}#]+)[^}\\n]*\\}\\s*$");

    private static final Pattern COUNTED = Pattern.compile("^(.*)_([0-9]+)$");

    private TocSlugs() {}

    public static String slugify(String headingText) {
        String ascii = Normalizer.normalize(headingText, Normalizer.Form.NFKD).replaceAll("[^\\x00-\\x7F]", "");
        String kept = NOT_WORD.matcher(ascii).replaceAll("").strip().toLowerCase(Locale.ROOT);
        return SEPARATORS.matcher(kept).replaceAll("-");
    }

    /**
     * The anchors of a page's headings, one per heading in order, made unique the way {@code toc} does.
     * An id given with mkdocs' usual {@code attr_list} ({@code ## Setup {#install}}) is kept as written,
     * and {@code toc} numbers the other headings around the ids so taken.
     */
    public static List<String> of(List<Heading> headings) {
        Set<String> ids = new HashSet<>();
        headings.stream()
                .map(h -> explicitId(h.text()))
                .filter(id -> id != null)
                .forEach(ids::add);
        List<String> out = new ArrayList<>();
        for (Heading h : headings) {
            String explicit = explicitId(h.text());
            if (explicit != null) {
                out.add(explicit);
                continue;
            }
            String id = slugify(h.text());
            while (ids.contains(id) || id.isEmpty()) {
                Matcher m = COUNTED.matcher(id);
                id = m.matches() ? m.group(1) + "_" + (Integer.parseInt(m.group(2)) + 1) : id + "_1";
            }
            ids.add(id);
            out.add(id);
        }
        return out;
    }

    private static String explicitId(String headingText) {
        Matcher m = ATTR_LIST.matcher(headingText);
        return m.find() ? m.group(1) : null;
    }
}
