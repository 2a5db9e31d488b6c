package dev.handoffls.testing;

/** YAML that a careless loader expands without end or recurses into too deep. */
public final class YamlBombs {
    private YamlBombs() {}

    /** "Billion laughs": nine levels of nine aliases, 9^9 strings once expanded. */
    public static final String ALIAS_BOMB = """
            a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
            e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
            f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
            g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
            h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
            i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
            """;

    /** A flow sequence nested ten thousand deep. */
    public static final String DEEP = "[".repeat(10_000) + "]".repeat(10_000);
}
