package cn.gov.epidemic.kit.events;

import cn.gov.epidemic.kit.messaging.Subscription;

import java.util.List;
import java.util.ServiceLoader;

/**
 * What one service declares about its events: what it publishes and what it subscribes to. Each service has one
 * implementation, registered in {@code META-INF/services/cn.gov.epidemic.kit.events.EventDeclarations}; the relay
 * finds it at run time and the build's catalogue module reads it from the compiled classes (no source is parsed).
 */
public interface EventDeclarations {

    /** The service's topic and the event types it publishes. */
    EventSource published();

    /**
     * The service's subscriptions. Each has a public no-argument constructor that only declares (no injection is
     * needed to read its {@link Subscription#declaration()}).
     */
    List<Class<? extends Subscription>> subscriptions();

    /** The declarations of the service on the class path: exactly one. */
    static EventDeclarations ofThisService() {
        List<EventDeclarations> all = ServiceLoader.load(EventDeclarations.class).stream().map(ServiceLoader.Provider::get).toList();
        if (all.size() != 1) throw new IllegalStateException("expected one EventDeclarations on the class path, found " + all.size());
        return all.get(0);
    }
}
