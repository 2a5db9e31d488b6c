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

class ParseBudgetTest {
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void largeDocumentsParseOneAtATimeAndSmallOnesTogether() throws Exception {
        assertThat(mostAtOnce(ParseBudget.CHARS / 2 + 1, 200)).isEqualTo(1);
        assertThat(mostAtOnce(10, 10_000)).isEqualTo(4);
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
