package dev.handoffls.text;

/** A half-open range between two positions. */
public record Range(Position start, Position end) {

    public static Range of(int startLine, int startChar, int endLine, int endChar) {
        return new Range(new Position(startLine, startChar), new Position(endLine, endChar));
    }

    public boolean contains(Position p) {
        return start.compareTo(p) <= 0 && p.compareTo(end) <= 0;
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
