package cn.gov.epidemic.kitweb.problem;

import cn.gov.epidemic.kitweb.strict.ControlCharacters;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;

/**
 * JSON input is read as the OpenAPI document describes it: no control characters in strings other than TAB, LF and
 * CR (PostgreSQL text cannot hold NUL; the others have no place in a name or a note), no silent type coercion
 * ("12.5" for a number, 12345 for a string, 1.5 for an integer), no numbers for enums, no numbers for dates and
 * instants (Jackson's JavaTimeModule reads them as epoch values: {@code 12345} would be 1970-01-01T03:25:45Z), no
 * duplicate keys, nothing after the document, and no unknown fields: a misspelt field is a 400 naming its path, not
 * a value silently dropped. Event consumers do not read with this mapper: the kit's Subscription binds event data
 * with a tolerant reader of its own, so that a newer producer may add fields to its events.
 */
@Singleton
public class StrictJsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("strict-strings")
                .addDeserializer(String.class, new ControlRejectingStringDeserializer())
                .setDeserializerModifier(new TemporalOnlyFromStrings()));
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        // not FAIL_ON_NULL_FOR_PRIMITIVES: for records it also refuses an absent primitive, which the OpenAPI
        // document shows as optional; request records use wrapper types, with @NotNull when required
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType t : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(t)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    }

    /** The standard String deserializer, refusing C0 controls other than TAB, LF, CR, and DEL. */
    static final class ControlRejectingStringDeserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String s = super.deserialize(p, ctxt);
            if (s != null && ControlCharacters.inText(s)) throw new ControlCharacterException(p, s);
            return s;
        }
    }

    /** Recognised by {@link ProblemClassifier}; the value is never echoed. */
    static final class ControlCharacterException extends InvalidFormatException {
        ControlCharacterException(JsonParser p, String value) {
            super(p, "string contains a control character", value, String.class);
        }
    }

    /**
     * Wraps the deserializer of every {@code java.time} type so that only a JSON string reaches it (ISO 8601): a number
     * is refused before JavaTimeModule can take it for epoch seconds, milliseconds or days.
     */
    static final class TemporalOnlyFromStrings extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription desc, JsonDeserializer<?> deserializer) {
            Class<?> type = desc.getBeanClass();
            return Temporal.class.isAssignableFrom(type) || TemporalAmount.class.isAssignableFrom(type)
                    ? new StringOnly(deserializer) : deserializer;
        }
    }

    static final class StringOnly extends DelegatingDeserializer {
        StringOnly(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new StringOnly(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return ctxt.handleUnexpectedToken(handledType(), p.currentToken(), p, "an ISO 8601 string is required");
            }
            return super.deserialize(p, ctxt);
        }
    }
}
