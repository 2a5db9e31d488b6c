package dev.handoffls.model;

/** A well-formed handoff ID such as {@code AD-3}. */
public record IdToken(String prefix, int number) implements Comparable<IdToken> {

    public static IdToken parse(String id) {
        int dash = id.lastIndexOf('-');
        return new IdToken(id.substring(0, dash), Integer.parseInt(id.substring(dash + 1)));
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
