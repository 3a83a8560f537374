package cn.gov.epidemic.kit.health;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a blocking probe (a JDBC round trip) on its own thread, one at a time, and answers within a deadline: a
 * probe stuck on a hung peer makes the answer "no answer within ..." at once, and later callers join the stuck
 * probe instead of piling up threads behind it.
 */
public final class BoundedProbe implements AutoCloseable {

    /** The outcome: {@code null} error means the probe succeeded in time. */
    public record Outcome(String error) {
        public boolean ok() {
            return error == null;
        }
    }

    private final ExecutorService executor;
    private Future<?> inFlight;
    private long startedNanos;

    public BoundedProbe(String threadName) {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts the probe unless one is still running, then waits for it at most {@code deadline}. */
    public Outcome check(Callable<?> probe, Duration deadline) {
        Future<?> f;
        long started;
        synchronized (this) {
            if (inFlight == null || inFlight.isDone()) {
                inFlight = executor.submit(probe);
                startedNanos = System.nanoTime();
            }
            f = inFlight;
            started = startedNanos;
        }
        try {
            f.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
            return new Outcome(null);
        } catch (TimeoutException e) {
            return new Outcome("no answer within " + deadline.toMillis() + " ms (probe running for "
                    + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms)");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Outcome(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome("interrupted");
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
