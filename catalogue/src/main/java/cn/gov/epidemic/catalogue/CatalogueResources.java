package cn.gov.epidemic.catalogue;

/** Where the catalogue's documents are in this jar (class-path resources), for the gateway that serves them. */
public final class CatalogueResources {

    /** The folder of every document below. */
    public static final String BASE = "META-INF/epidemic-catalogue/";
    /** The merged OpenAPI document of the suite (its server: the production gateway's public URL). */
    public static final String OPENAPI = BASE + "openapi.json";
    /** The AsyncAPI 3.0 document of the suite's events, JSON. */
    public static final String ASYNCAPI_JSON = BASE + "asyncapi.json";
    /** The same AsyncAPI document, YAML. */
    public static final String ASYNCAPI_YAML = BASE + "asyncapi.yaml";
    /** The JSON Schema of one event type's data in one version: {@code schemas/<ce_type>/v<N>.json}, as in ce_dataschema. */
    public static final String SCHEMAS = BASE + "schemas/";
    /**
     * The broker host written in the AsyncAPI documents' {@code servers.kafka.host}: a placeholder that a gateway
     * replaces with the bootstrap servers of its configuration before serving the document.
     */
    public static final String BROKER_PLACEHOLDER = "kafka:9092";

    private CatalogueResources() {
    }

    /** The resource of the schema that a {@code ce_dataschema} URI ({@code https://.../schemas/<ce_type>/v<N>.json}) names. */
    public static String schema(String type, int version) {
        return SCHEMAS + type + "/v" + version + ".json";
    }
}
