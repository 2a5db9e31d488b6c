package dev.handoffls.model;

/** A well-formed handoff ID such as {@code AD-3}. */
public record IdToken(String prefix, int number) implements Comparable<IdToken> {

    public static IdToken parse(String id) {
        return new IdToken(prefixOf(id), Integer.parseInt(id.substring(id.lastIndexOf('-') + 1)));
    }

    /** The prefix of a well-formed ID ({@code AD} of {@code AD-3}), without parsing its number. */
    public static String prefixOf(String id) {
        return id.substring(0, id.lastIndexOf('-'));
    }

    @Override
    public String toString() {
        return prefix + "-" + number;
    }

    @Override
    public int compareTo(IdToken o) {
        int c = prefix.compareTo(o.prefix);
        return c != 0 ? c : Integer.compare(number, o.number);
    }
}
