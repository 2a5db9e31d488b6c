package dev.handoffls.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Range is four ints, no longer a record of two positions: it must behave as the record did. */
class RangeTest {
    @Test
    void equalByValueWhicheverWayItWasMade() {
        Range made = new Range(new Position(3, 7), new Position(11, 19));
        assertThat(made).isEqualTo(Range.of(3, 7, 11, 19)).isNotEqualTo(Range.of(3, 7, 11, 20));
        assertThat(made.start()).isEqualTo(new Position(3, 7));
        assertThat(made.end()).isEqualTo(new Position(11, 19));
        assertThat(made).hasToString("3:7-11:19");
        assertThat(Set.of(made)).contains(Range.of(3, 7, 11, 19));
    }

    /** The record's hash code: hash-ordered collections of ranges iterate as before. */
    @Test
    void hashCodeIsTheRecordsOne() {
        assertThat(Range.of(3, 7, 11, 19).hashCode()).isEqualTo(31 * (31 * 3 + 7) + (31 * 11 + 19));
        Set<Range> order = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            order.add(Range.of(i, i % 7, i + 1, 0));
        }
        record Old(Position start, Position end) {}
        Set<Old> oldOrder = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            oldOrder.add(new Old(new Position(i, i % 7), new Position(i + 1, 0)));
        }
        assertThat(order.stream().map(Range::start).toList())
                .isEqualTo(oldOrder.stream().map(Old::start).toList());
    }

    @Test
    void containsItsEndsAndWhatIsBetween() {
        Range r = Range.of(1, 4, 2, 0);
        assertThat(r.contains(new Position(1, 4))).isTrue();
        assertThat(r.contains(new Position(1, 90))).isTrue();
        assertThat(r.contains(new Position(2, 0))).isTrue();
        assertThat(r.contains(new Position(1, 3))).isFalse();
        assertThat(r.contains(new Position(2, 1))).isFalse();
    }

    @Test
    void byStartOrdersAsThePositionsDo() {
        java.util.List<Range> ranges = new java.util.ArrayList<>();
        for (int line = 0; line < 4; line++) {
            for (int ch = 0; ch < 4; ch++) {
                ranges.add(Range.of(line, ch, line + (ch % 2), 9 - ch));
            }
        }
        for (Range a : ranges) {
            for (Range b : ranges) {
                assertThat(Integer.signum(Range.BY_START.compare(a, b)))
                        .isEqualTo(Integer.signum(a.start().compareTo(b.start())));
            }
            assertThat(a.startLine()).isEqualTo(a.start().line());
            assertThat(a.endLine()).isEqualTo(a.end().line());
        }
    }
}
