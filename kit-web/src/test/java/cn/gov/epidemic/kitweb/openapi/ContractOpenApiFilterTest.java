package cn.gov.epidemic.kitweb.openapi;

import cn.gov.epidemic.kitweb.i18n.Labelled;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.jboss.jandex.Index;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kit's OpenAPI filter on a small document: anchors, format lengths, sort values, Chinese enum labels. */
class ContractOpenApiFilterTest {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "PersonCategory")
    public enum Category implements Labelled {
        POLICE_OFFICER("公安民警"), MEDICAL_STAFF("医务人员");

        private final String zh;

        Category(String zh) {
            this.zh = zh;
        }

        @Override
        public String zh() {
            return zh;
        }
    }

    public enum LotState implements Labelled {
        QUARANTINED, RELEASED;

        @Override
        public String zh() {
            return this == RELEASED ? "已放行" : "检疫中";
        }
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    @Test
    void theDocumentSaysWhatTheServerEnforces() throws Exception {
        OpenAPI doc = OASFactory.createOpenAPI().components(OASFactory.createComponents()
                .addSchema("PersonCategory", string().enumeration(List.of("POLICE_OFFICER", "MEDICAL_STAFF")))
                .addSchema("NewPerson", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .addProperty("divisionCode", string().pattern("\\d{6}|\\d{9}|\\d{12}"))
                        .addProperty("phone", string().pattern("[0-9]{7,20}"))
                        .addProperty("already", string().pattern("^[A-Z]{3}$"))
                        .addProperty("unitId", string().format("uuid"))
                        .addProperty("born", string().format("date"))
                        .addProperty("at", string().format("date-time"))
                        .addProperty("state", string().enumeration(List.of("QUARANTINED", "RELEASED")))));
        Operation list = OASFactory.createOperation().operationId("listLots")
                .addParameter(OASFactory.createParameter().name("sort").in(Parameter.In.QUERY).schema(string().pattern("-?[A-Za-z]{1,40}(,-?[A-Za-z]{1,40}){0,4}")))
                .addParameter(OASFactory.createParameter().name("page").in(Parameter.In.QUERY).schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        list.addExtension(ContractOpenApiFilter.SORT_FIELDS, "expiry,lotNumber");
        doc.paths(OASFactory.createPaths().addPathItem("/lots", OASFactory.createPathItem().GET(list)));

        new ContractOpenApiFilter(Index.of(Category.class, LotState.class, Labelled.class)).filterOpenAPI(doc);

        Map<String, Schema> p = doc.getComponents().getSchemas().get("NewPerson").getProperties();
        assertEquals("^(?:\\d{6}|\\d{9}|\\d{12})$", p.get("divisionCode").getPattern());
        assertEquals("^[0-9]{7,20}$", p.get("phone").getPattern());
        assertEquals("^[A-Z]{3}$", p.get("already").getPattern());
        assertEquals(36, p.get("unitId").getMaxLength());
        assertEquals(10, p.get("born").getMaxLength());
        assertEquals(35, p.get("at").getMaxLength());

        Schema category = doc.getComponents().getSchemas().get("PersonCategory");
        assertEquals(List.of("公安民警", "医务人员"), category.getExtensions().get("x-enum-descriptions"));
        assertEquals("POLICE_OFFICER 公安民警; MEDICAL_STAFF 医务人员.", category.getDescription());
        assertEquals(List.of("检疫中", "已放行"), p.get("state").getExtensions().get("x-enum-descriptions"), "an inline enum, by its values");

        assertNull(list.getExtensions().get(ContractOpenApiFilter.SORT_FIELDS), "the extension leaves the document");
        Parameter sort = list.getParameters().get(0);
        assertEquals(Parameter.Style.FORM, sort.getStyle());
        assertFalse(sort.getExplode());
        assertEquals(List.of(Schema.SchemaType.ARRAY), sort.getSchema().getType());
        assertEquals(List.of("expiry", "-expiry", "lotNumber", "-lotNumber"), sort.getSchema().getItems().getEnumeration());
        assertEquals(5, sort.getSchema().getMaxItems());
        assertTrue(sort.getDescription().contains("Allowed: expiry, lotNumber"));
        assertEquals("page", list.getParameters().get(1).getName());
        System.out.printf("[test] OpenAPI filter: 3 patterns anchored, 3 format lengths, 4 sort values, 2 enums labelled%n");
    }
}
