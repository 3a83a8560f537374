package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.kit.events.EventDeclarations;
import cn.gov.epidemic.kit.events.EventType;
import cn.gov.epidemic.kit.messaging.Subscription;
import cn.gov.epidemic.testkit.OpenApiChecks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What integrators build from: every operation documented (testkit's common check), every event payload a schema of it. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void everyOperationIsDocumented() throws Exception {
        OpenApiChecks.assertEveryOperationDocumented(35);
    }

    @Test
    void everyDeclaredEventCarriesASchemaOfTheDocument() throws Exception {
        JsonNode schemas = new ObjectMapper().readTree(RestAssured.given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString()).path("components").path("schemas");
        EventDeclarations declared = EventDeclarations.ofThisService();
        List<EventType<?>> types = declared.published().types();
        List<String> missing = new ArrayList<>();
        for (EventType<?> t : types) {
            Schema schema = t.payload().getAnnotation(Schema.class);
            assertNotNull(schema, t + ": its payload " + t.payload().getSimpleName() + " names no schema");
            if (!schemas.has(schema.name())) missing.add(t + " → " + schema.name());
        }
        System.out.println("[test] checkpoint-service declares " + types.size() + " event types, " + declared.subscriptions().size() + " subscriptions");
        assertTrue(missing.isEmpty(), "payload schemas not in the document: " + missing);
        assertEquals(18, types.size());
        assertEquals("checkpoint.events", declared.published().topic());
        List<String> read = new ArrayList<>();
        for (Class<? extends Subscription> s : declared.subscriptions()) {
            Subscription.Declaration d = s.getDeclaredConstructor().newInstance().declaration();
            read.add(d.group() + " " + d.topics() + " " + d.events().size());
        }
        assertEquals(List.of("checkpoint-staffing [personnel.events] 3", "checkpoint-dispatch-passes [supplies.events] 3"), read);
    }
}
