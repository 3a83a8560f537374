package cn.gov.epidemic.kit.messaging;

import cn.gov.epidemic.kit.events.ConsumedEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A service's subscription to other services' events: its consumer group, and, declared in code by {@link #declare},
 * the event types it handles, each with the consumer's record of its data and the handler that receives it bound and
 * validated. The topics are those of the declared events. It runs as an {@link IdempotentConsumer} started with the
 * application and closed with it; records of undeclared types on those topics are passed over. Configuration only
 * switches it off: {@code epidemic.subscriptions.<group>.enabled=false}.
 * <p>
 * {@link #stop()} and {@link #start()} let operators and tests pause it; it then resumes from the group's committed
 * offset, catching up on what it missed. The build's catalogue reads {@link #declaration()} from a plain instance
 * (no injection), so a subclass's constructor only calls {@code super}.
 */
public abstract class Subscription {

    static final String PREFIX = "epidemic.subscriptions.";

    @Inject
    ProcessedEvents processed;
    /**
     * The consumers' reader of event data: Jackson's defaults with the modules on the class path (java.time ...), none
     * of the API's strict rules for request bodies (kit-web StrictJsonCustomizer), and unknown fields ignored — a
     * tolerant reader, so that what a producer may send (a new field, a number where a text is read, a line break in
     * a note) is not dead-lettered. The same in the service and in the contract tests ({@link #bindForTest}).
     */
    static final ObjectMapper EVENTS = com.fasterxml.jackson.databind.json.JsonMapper.builder().findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    ObjectMapper mapper = EVENTS;
    @Inject
    jakarta.validation.ValidatorFactory validators;
    /** Validates the consumers' records with English messages: a dead-letter reason is for operators, like the log. */
    Validator validator;

    private final String group;
    private final String description;
    private Declaration declaration;
    private Map<String, Bound<?>> handlers;
    private ObjectReader reader;
    private IdempotentConsumer consumer;

    /**
     * @param group       the consumer group, also the key under which handled event ids are remembered
     * @param description what the subscription does with the events, for the catalogue
     */
    protected Subscription(String group, String description) {
        this.group = group;
        this.description = description;
    }

    /** Declares the events handled: {@code on.event(SomeRecord.SOME_TYPE, e -> service.method(e.data()))} for each. */
    protected abstract void declare(Handlers on);

    /** What this subscription reads: its group and each event type with the consumer's record of its data. */
    public final synchronized Declaration declaration() {
        if (declaration == null) {
            Handlers on = new Handlers();
            declare(on);
            if (on.handlers.isEmpty()) throw new IllegalStateException("subscription " + group + " declares no event");
            declaration = new Declaration(group, description, List.copyOf(on.events));
            handlers = Collections.unmodifiableMap(on.handlers);
        }
        return declaration;
    }

    void onStart(@Observes StartupEvent ev) {
        if (ConfigProvider.getConfig().getOptionalValue(PREFIX + group + ".enabled", Boolean.class).orElse(true)) start();
    }

    void onStop(@Observes ShutdownEvent ev) {
        stop();
    }

    public synchronized void start() {
        if (consumer != null) return;
        Config config = ConfigProvider.getConfig();
        Declaration d = prepare();
        String bootstrap = config.getValue("kafka.bootstrap.servers", String.class);
        consumer = new IdempotentConsumer(group, d.topics(), bootstrap, this::handles, this::dispatch, processed, mapper).start();
    }

    Declaration prepare() {
        if (validator == null) validator = english(validators);
        reader = mapper.readerFor(Object.class);
        return declaration();
    }

    /** Stops consuming; the committed offset stays, so {@link #start()} continues where this left off. */
    public synchronized void stop() {
        if (consumer != null) {
            consumer.close();
            consumer = null;
        }
    }

    public synchronized boolean running() {
        return consumer != null;
    }

    /** A declared type, of the version declared (a record of another version of the type is passed over). */
    boolean handles(String type, String dataschema) {
        Bound<?> h = type == null ? null : handlers.get(type);
        return h != null && h.event().reads(dataschema);
    }

    private void dispatch(IncomingEvent e) throws Exception {
        Bound<?> h = handlers.get(e.type());
        if (h != null) h.handle(e, this);
    }

    /**
     * The event's data as the consumer's record, validated; an IllegalArgumentException (the event is dead-lettered at
     * once: it will not get better) names the field that is missing or malformed, never its value.
     */
    <P> P bind(IncomingEvent e, Class<P> type) {
        String what = e.type().substring(e.type().lastIndexOf('.', e.type().lastIndexOf('.') - 1) + 1) + " event " + e.id();
        if (e.data() == null || !e.data().isObject()) throw new IllegalArgumentException(what + " without data");
        P payload;
        try {
            payload = reader.forType(type).readValue(e.data());
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException bad) {
            throw new IllegalArgumentException(what + " with a malformed " + path(bad));
        } catch (Exception bad) {
            throw new IllegalArgumentException(what + " with malformed data");
        }
        Set<ConstraintViolation<P>> violations = validator.validate(payload);
        if (!violations.isEmpty()) {
            Set<String> fields = new TreeSet<>();
            for (ConstraintViolation<P> v : violations) fields.add(v.getPropertyPath() + " " + v.getMessage());
            throw new IllegalArgumentException(what + ": " + String.join("; ", fields));
        }
        return payload;
    }

    static Validator english(jakarta.validation.ValidatorFactory factory) {
        jakarta.validation.MessageInterpolator delegate = factory.getMessageInterpolator();
        return factory.usingContext().messageInterpolator(new jakarta.validation.MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return delegate.interpolate(template, context, java.util.Locale.ENGLISH);
            }

            @Override
            public String interpolate(String template, Context context, java.util.Locale locale) {
                return delegate.interpolate(template, context, java.util.Locale.ENGLISH);
            }
        }).getValidator();
    }

    /**
     * Test hook for consumer contract tests: binds {@code json} as the data of a consumed {@code event} exactly as a
     * running subscription does (tolerant of unknown fields, validated), outside the container; throws the
     * IllegalArgumentException that would dead-letter the event.
     */
    public static <P> P bindForTest(ConsumedEvent<P> event, String json) {
        Subscription s = new Subscription("contract-test", "binding of " + event.type()) {
            @Override
            protected void declare(Handlers on) {
            }
        };
        s.reader = s.mapper.readerFor(Object.class);
        // the parameter interpolator needs no expression language outside the container
        s.validator = english(Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory());
        JsonNode data;
        try {
            data = s.mapper.readTree(json);
        } catch (Exception bad) {
            throw new IllegalArgumentException("not JSON: " + bad.getMessage());
        }
        return s.bind(new IncomingEvent("contract-test", event.type(), null, null, null, null, null, event.topic(), 0, 0, data), event.payload());
    }

    private static String path(com.fasterxml.jackson.databind.exc.MismatchedInputException bad) {
        StringBuilder b = new StringBuilder();
        for (var ref : bad.getPath()) {
            if (ref.getFieldName() != null) b.append(b.isEmpty() ? "" : ".").append(ref.getFieldName());
            else b.append('[').append(ref.getIndex()).append(']');
        }
        return b.isEmpty() ? "value" : b.toString();
    }

    /** The declaring side of {@link #declare}: one handler per event type. */
    public static final class Handlers {

        private final List<ConsumedEvent<?>> events = new ArrayList<>();
        private final Map<String, Bound<?>> handlers = new LinkedHashMap<>();

        private Handlers() {
        }

        /** Handles {@code event}: its data bound to the declared record, in the consumer's transaction. */
        public <P> Handlers event(ConsumedEvent<P> event, EventHandler<P> handler) {
            if (handlers.containsKey(event.type())) throw new IllegalStateException("event type handled twice: " + event.type());
            events.add(event);
            handlers.put(event.type(), new Bound<>(event, handler));
            return this;
        }
    }

    /** An event type with its handler. */
    record Bound<P>(ConsumedEvent<P> event, EventHandler<P> handler) {
        void handle(IncomingEvent e, Subscription s) throws Exception {
            handler.handle(e.bound(s.bind(e, event.payload())));
        }
    }

    /**
     * What a subscription reads, as the catalogue and the contract tests see it.
     *
     * @param events the declared event types, in declaration order
     */
    public record Declaration(String group, String description, List<ConsumedEvent<?>> events) {

        /** The topics of the declared events, in declaration order. */
        public List<String> topics() {
            Set<String> topics = new LinkedHashSet<>();
            for (ConsumedEvent<?> e : events) topics.add(e.topic());
            return List.copyOf(topics);
        }
    }
}
