package dev.handoffls.lsp;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;

/** Work-done progress for indexing ("Indexing 1,234/10,000 files"), at most a few reports a second. */
final class Progress {
    private static final String TOKEN = "handoff-indexing";
    private final LanguageClient client;
    private final boolean enabled;
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong lastReport = new AtomicLong();
    private volatile boolean begun;

    Progress(LanguageClient client, ClientCapabilities caps) {
        this.client = client;
        this.enabled = client != null
                && caps.getWindow() != null
                && Boolean.TRUE.equals(caps.getWindow().getWorkDoneProgress());
    }

    void begin(String title) {
        if (!enabled) {
            return;
        }
        try {
            client.createProgress(new WorkDoneProgressCreateParams(Either.forLeft(TOKEN)))
                    .get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            return;
        }
        WorkDoneProgressBegin b = new WorkDoneProgressBegin();
        b.setTitle(title);
        b.setPercentage(0);
        b.setCancellable(false);
        client.notifyProgress(new ProgressParams(Either.forLeft(TOKEN), Either.forLeft(b)));
        begun = true;
    }

    void total(long n) {
        total.addAndGet(n);
    }

    void report(int done) {
        long now = System.nanoTime();
        long last = lastReport.get();
        if (!begun || now - last < 200_000_000L && done < total.get() || !lastReport.compareAndSet(last, now)) {
            return;
        }
        long t = Math.max(1, total.get());
        NumberFormat f = NumberFormat.getIntegerInstance(Locale.US);
        WorkDoneProgressReport r = new WorkDoneProgressReport();
        r.setMessage("Indexing " + f.format(done) + "/" + f.format(t) + " files");
        r.setPercentage((int) Math.min(100, done * 100 / t));
        client.notifyProgress(new ProgressParams(Either.forLeft(TOKEN), Either.forLeft(r)));
    }

    void end() {
        if (!begun) {
            return;
        }
        WorkDoneProgressEnd e = new WorkDoneProgressEnd();
        e.setMessage("Indexed " + total.get() + " files");
        client.notifyProgress(new ProgressParams(Either.forLeft(TOKEN), Either.forLeft(e)));
        begun = false;
    }
}
