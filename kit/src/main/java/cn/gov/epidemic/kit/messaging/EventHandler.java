package cn.gov.epidemic.kit.messaging;

/** The work a consumer does for one event of a declared type; runs inside the transaction that records the event as processed. */
@FunctionalInterface
public interface EventHandler<P> {

    /** Throw to refuse the event: it is retried a few times, then sent to the dead-letter topic. */
    void handle(Received<P> event) throws Exception;
}
