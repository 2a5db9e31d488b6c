package dev.handoffls.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What a document counts for in a scan's parse budget, and how many parse at once. */
class ParseBudgetTest {
    private static final String ITEM = "- [R-1] Risk number 1\n";
    private static final String PIECED = ITEM.repeat(ParseBudget.CHARS / ITEM.length() + 1);

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void largeDocumentsParseOneAtATimeAndSmallOnesTogether() throws Exception {
        assertThat(mostAtOnce(ParseBudget.CHARS / 2 + 1, 200)).isEqualTo(1);
        assertThat(mostAtOnce(10, 10_000)).isEqualTo(4);
    }

    /** An L2 and a PT of 50,000 IDs: each is parsed in pieces, whose working set is a piece. */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void twoDocumentsParsedInPiecesParseSideBySide() throws Exception {
        assertThat(mostAtOnce(ParseBudget.cost(PIECED), 200)).isEqualTo(2);
    }

    @Test
    void aSmallDocumentCountsItsLength() {
        assertThat(ParseBudget.cost(ITEM)).isEqualTo(ITEM.length());
    }

    @Test
    void aLargeDocumentParsedInPiecesCountsHalfTheBudget() {
        assertThat(ParseBudget.cost(PIECED) * 2).isEqualTo(ParseBudget.CHARS);
    }

    /** A link reference definition applies to the whole text, so the text is parsed at once. */
    @Test
    void aLargeDocumentWithALinkReferenceDefinitionTakesTheWholeBudget() {
        assertThat(ParseBudget.cost(PIECED + "\n[r]: https://example.com\n")).isEqualTo(ParseBudget.CHARS);
    }

    @Test
    void aDocumentJustBelowThePieceThresholdCountsItsLength() {
        String text = "x".repeat(ParseBudget.CHARS - 1);
        assertThat(ParseBudget.cost(text)).isEqualTo(ParseBudget.CHARS - 1);
    }

    @Test
    void aDocumentLargerThanTheBudgetStillParses() {
        assertThat(ParseBudget.parse(Integer.MAX_VALUE, () -> "parsed")).isEqualTo("parsed");
        assertThat(ParseBudget.parse(0, () -> "empty")).isEqualTo("empty");
    }

    /** Four parses of {@code chars} characters each, on four threads, each waiting until all four started (or a while). */
    private static int mostAtOnce(int chars, long waitMillis) throws Exception {
        AtomicInteger inParse = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object>> parses = IntStream.range(0, 4)
                    .mapToObj(i -> pool.submit(() -> ParseBudget.parse(chars, () -> {
                        most.accumulateAndGet(inParse.incrementAndGet(), Math::max);
                        started.incrementAndGet();
                        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
                        while (started.get() < 4 && System.nanoTime() < until) {
                            Thread.onSpinWait();
                        }
                        inParse.decrementAndGet();
                        return null;
                    })))
                    .toList();
            for (Future<Object> f : parses) {
                f.get(20, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return most.get();
    }
}
