package cn.gov.epidemic.kit.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the outbox relay ({@code epidemic.outbox.*}). */
@ConfigMapping(prefix = "epidemic.outbox")
public interface OutboxConfig {

    /** Whether this instance runs a relay at all (one per database is elected; the others stand by). */
    @WithDefault("true")
    boolean enabled();

    /** Most events sent per batch; under load the relay sends full batches back to back. */
    @WithDefault("500")
    int batchSize();

    /** Fallback poll when no commit woke the relay (another instance's commits, a missed wake-up). */
    @WithDefault("1s")
    Duration pollInterval();

    /**
     * After a batch that found events but was not full, the pause before the next read: under a steady stream of
     * commits the next batch then carries several events for one read, one send and one update, instead of one each.
     * At a low rate the next read finds nothing and the relay waits for the next commit, so no event waits for it.
     */
    @WithDefault("2ms")
    Duration busyLinger();

    /** Longest pause after a failed send before trying again (doubling from 100 ms). */
    @WithDefault("5s")
    Duration maxBackoff();

    /** How long published events stay in the table, for replay by hand. */
    @WithDefault("P7D")
    Duration retention();

    /** How often the backlog gauge counts the unpublished rows (a scrape reads the last count). */
    @WithDefault("1s")
    Duration backlogRefresh();

    /** How often the broker is asked for its cluster when the relay has sent nothing meanwhile. */
    @WithDefault("5s")
    Duration brokerProbeInterval();

    /** Longest wait for the broker's answer to a probe; no answer in time is DOWN. */
    @WithDefault("2s")
    Duration brokerProbeTimeout();

    /** The producer's linger.ms: small, so that an event leaves as soon as it is committed. */
    @WithDefault("1")
    int lingerMs();
}
