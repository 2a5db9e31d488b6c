package dev.handoffls.text;

/**
 * A half-open range between two positions. Four ints rather than two {@link Position} objects (a third of the
 * memory): a large document's model and findings hold hundreds of thousands of ranges (issue 13). Behaves as
 * the record it was: equal by value, the same hash code, positions made on request.
 */
public final class Range {
    /** Ranges in document order of their starts, as {@code comparing(Range::start)}, without a Position per comparison. */
    public static final java.util.Comparator<Range> BY_START = (a, b) -> a.startLine != b.startLine
            ? Integer.compare(a.startLine, b.startLine)
            : Integer.compare(a.startCharacter, b.startCharacter);

    private final int startLine;
    private final int startCharacter;
    private final int endLine;
    private final int endCharacter;

    public Range(Position start, Position end) {
        this(start.line(), start.character(), end.line(), end.character());
    }

    private Range(int startLine, int startCharacter, int endLine, int endCharacter) {
        this.startLine = startLine;
        this.startCharacter = startCharacter;
        this.endLine = endLine;
        this.endCharacter = endCharacter;
    }

    public static Range of(int startLine, int startChar, int endLine, int endChar) {
        return new Range(startLine, startChar, endLine, endChar);
    }

    public Position start() {
        return new Position(startLine, startCharacter);
    }

    public Position end() {
        return new Position(endLine, endCharacter);
    }

    /** {@code start().line()} without making the Position (hot in the trail and the rules). */
    public int startLine() {
        return startLine;
    }

    /** {@code end().line()} without making the Position. */
    public int endLine() {
        return endLine;
    }

    public boolean contains(Position p) {
        boolean afterStart = startLine < p.line() || startLine == p.line() && startCharacter <= p.character();
        boolean beforeEnd = p.line() < endLine || p.line() == endLine && p.character() <= endCharacter;
        return afterStart && beforeEnd;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Range r
                && startLine == r.startLine
                && startCharacter == r.startCharacter
                && endLine == r.endLine
                && endCharacter == r.endCharacter;
    }

    /** As the record's: {@code 31 * start.hashCode() + end.hashCode()} (iteration orders stay as they were). */
    @Override
    public int hashCode() {
        return 31 * (31 * startLine + startCharacter) + (31 * endLine + endCharacter);
    }

    @Override
    public String toString() {
        return start() + "-" + end();
    }
}
