package cn.gov.epidemic.kit.messaging;

/** What {@link IdempotentConsumer} calls for a record whose type its subscription handles, in the record's transaction. */
@FunctionalInterface
interface RawHandler {

    void handle(IncomingEvent event) throws Exception;
}
