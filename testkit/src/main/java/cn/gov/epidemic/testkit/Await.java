package cn.gov.epidemic.testkit;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for what an asynchronous flow (a consumer, a relay) makes true, and fails the test if it never does. */
public final class Await {

    private Await() {
    }

    /** Polls every 100 ms for up to 60 s. */
    public static void until(BooleanSupplier done) {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("condition not reached within 60 s");
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting");
            }
        }
    }
}
