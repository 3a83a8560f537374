package cn.gov.epidemic.system;

import cn.gov.epidemic.apiclient.DocumentExamples;
import cn.gov.epidemic.client.ApiClient;
import cn.gov.epidemic.client.ApiResponse;
import cn.gov.epidemic.client.api.CheckpointsApi;
import cn.gov.epidemic.client.api.DeploymentsApi;
import cn.gov.epidemic.client.api.InspectionsApi;
import cn.gov.epidemic.client.api.LotsAndStockApi;
import cn.gov.epidemic.client.api.PeopleApi;
import cn.gov.epidemic.client.api.PlansApi;
import cn.gov.epidemic.client.api.ProcurementAndShipmentsApi;
import cn.gov.epidemic.client.api.CatalogueApi;
import cn.gov.epidemic.client.api.VehiclePassesApi;
import cn.gov.epidemic.client.model.Agency;
import cn.gov.epidemic.client.model.Checkpoint;
import cn.gov.epidemic.client.model.CheckpointKind;
import cn.gov.epidemic.client.model.Deployment;
import cn.gov.epidemic.client.model.DeploymentState;
import cn.gov.epidemic.client.model.DestinationType;
import cn.gov.epidemic.client.model.Duty;
import cn.gov.epidemic.client.model.Inspection;
import cn.gov.epidemic.client.model.InspectionOutcome;
import cn.gov.epidemic.client.model.Item;
import cn.gov.epidemic.client.model.Lot;
import cn.gov.epidemic.client.model.LotRelease;
import cn.gov.epidemic.client.model.LotState;
import cn.gov.epidemic.client.model.NewCheckpoint;
import cn.gov.epidemic.client.model.NewDeployment;
import cn.gov.epidemic.client.model.NewInspection;
import cn.gov.epidemic.client.model.NewOccupant;
import cn.gov.epidemic.client.model.NewPerson;
import cn.gov.epidemic.client.model.NewPlan;
import cn.gov.epidemic.client.model.NewPrivateCarPass;
import cn.gov.epidemic.client.model.NewShipment;
import cn.gov.epidemic.client.model.NewShipmentLine;
import cn.gov.epidemic.client.model.NewTransition;
import cn.gov.epidemic.client.model.OccupantRole;
import cn.gov.epidemic.client.model.Pass;
import cn.gov.epidemic.client.model.PassPerson;
import cn.gov.epidemic.client.model.PassState;
import cn.gov.epidemic.client.model.PassVerification;
import cn.gov.epidemic.client.model.PassVerificationRequest;
import cn.gov.epidemic.client.model.PersonCategory;
import cn.gov.epidemic.client.model.Plan;
import cn.gov.epidemic.client.model.PlanProgress;
import cn.gov.epidemic.client.model.Receipt;
import cn.gov.epidemic.client.model.ReceiptLine;
import cn.gov.epidemic.client.model.Shipment;
import cn.gov.epidemic.client.model.ShipmentState;
import cn.gov.epidemic.client.model.Supplier;
import cn.gov.epidemic.client.model.Warehouse;
import cn.gov.epidemic.client.model.VehicleKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract as an integrator meets it, on the running suite through the gateway: the Java client generated from
 * the merged document (module api-client, openapi-generator's "native" library) drives the main operations of each
 * service and reads typed models; and every request example of the document the gateway serves is sent as written
 * and gets its documented success.
 */
@Order(3)
class ContractTest {

    private static final ZoneOffset CST = ZoneOffset.ofHours(8);
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Suite suite;
    private static ApiClient client;

    @BeforeAll
    static void start() {
        suite = Suite.get();
        client = new ApiClient();
        client.updateBaseUri(suite.gateway);
        client.setRequestInterceptor(b -> b.header("X-API-Key", suite.apiKey));
    }

    /** The id a create answered with: the last segment of its Location (the 201's body is typed once every create declares it). */
    private static UUID created(ApiResponse<?> r) {
        assertEquals(201, r.getStatusCode());
        String location = r.getHeaders().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Location"))
                .map(e -> e.getValue().get(0)).findFirst().orElseThrow(() -> new AssertionError("a 201 without Location"));
        assertTrue(location.startsWith(suite.gateway + "/api/v1/"), "Location names the gateway: " + location);
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private static String unique() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
    }

    @Test
    void personnelPlanDeploymentAndProgressThroughTheGeneratedClient() throws Exception {
        PlansApi plans = new PlansApi(client);
        Plan hohhot = plans.listPlans(PlansApi.APIListPlansRequest.newBuilder().divisionCode("150100").build()).getItems().get(0);
        assertEquals(1400, hohhot.getTarget());

        UUID plan = created(plans.createPlanWithHttpInfo(PlansApi.APICreatePlanRequest.newBuilder().newPlan(new NewPlan()
                .name("新城区复工复产排查 " + unique()).issuingAuthority("新城区委组织部").divisionCode("150102").target(2)
                .periodStart(LocalDate.now(CST))).build()));
        Plan mine = plans.listPlans(PlansApi.APIListPlansRequest.newBuilder().divisionCode("150102").size(200).build()).getItems().stream()
                .filter(p -> plan.equals(p.getId())).findFirst().orElseThrow();
        assertEquals("新城区委组织部", mine.getIssuingAuthority());
        assertEquals(2, mine.getTarget());

        UUID officer = created(new PeopleApi(client).registerPersonWithHttpInfo(PeopleApi.APIRegisterPersonRequest.newBuilder()
                .newPerson(new NewPerson().name("乌日娜").category(PersonCategory.GRID_WORKER)).build()));
        DeploymentsApi deployments = new DeploymentsApi(client);
        UUID deployment = created(deployments.createDeploymentWithHttpInfo(DeploymentsApi.APICreateDeploymentRequest.newBuilder()
                .newDeployment(new NewDeployment().personId(officer).planId(plan).destinationType(DestinationType.DIVISION)
                        .divisionCode("150102001001").duties(Set.of(Duty.SCREENING, Duty.PUBLICITY))).build()));
        Deployment planned = deployments.listDeployments(DeploymentsApi.APIListDeploymentsRequest.newBuilder().personId(officer).build()).getItems().get(0);
        assertEquals(deployment, planned.getId());
        assertEquals(DeploymentState.PLANNED, planned.getState());

        deployments.activateDeployment(DeploymentsApi.APIActivateDeploymentRequest.newBuilder().id(deployment).build());
        Deployment active = deployments.listDeployments(DeploymentsApi.APIListDeploymentsRequest.newBuilder().personId(officer).build()).getItems().get(0);
        assertEquals(DeploymentState.ACTIVE, active.getState());
        PlanProgress progress = plans.getPlanProgress(PlansApi.APIGetPlanProgressRequest.newBuilder().id(plan).build());
        assertEquals(plan, progress.getPlanId());
        assertEquals(1, progress.getDeployed());
        System.out.printf("[test] generated client, personnel: plan %s, deployment %s %s, progress %d of %d%n",
                plan, deployment, active.getState(), progress.getDeployed(), progress.getTarget());
    }

    @Test
    void suppliesShipmentReceiptAndReleaseThroughTheGeneratedClient() throws Exception {
        CatalogueApi catalogue = new CatalogueApi(client);
        ProcurementAndShipmentsApi shipments = new ProcurementAndShipmentsApi(client);
        LotsAndStockApi lots = new LotsAndStockApi(client);
        Item item = catalogue.listItems(CatalogueApi.APIListItemsRequest.newBuilder().build()).getItems().get(0);
        Supplier supplier = catalogue.listSuppliers(CatalogueApi.APIListSuppliersRequest.newBuilder().country("MN").build()).getItems().get(0);
        Warehouse warehouse = catalogue.listWarehouses(CatalogueApi.APIListWarehousesRequest.newBuilder().divisionCode("150802").build()).getItems().get(0);
        String lotNumber = "MN-CT-" + unique();
        UUID shipment = created(shipments.planShipmentWithHttpInfo(ProcurementAndShipmentsApi.APIPlanShipmentRequest.newBuilder()
                .newShipment(new NewShipment().supplierId(supplier.getId()).reference("BYN-CT-" + unique()).origin("Ulaanbaatar, MN")
                        .portOfEntry("甘其毛都口岸 (Ganqimaodu)").warehouseId(warehouse.getId()).carrier("中蒙跨境公路运输")
                        .lines(List.of(new NewShipmentLine().itemId(item.getId()).quantity(500).lotNumber(lotNumber)
                                .expiry(LocalDate.now(CST).plusYears(2))))).build()));
        for (ShipmentState to : List.of(ShipmentState.DISPATCHED, ShipmentState.AT_PORT, ShipmentState.CUSTOMS_CLEARED, ShipmentState.ARRIVED)) {
            shipments.transitionShipment(ProcurementAndShipmentsApi.APITransitionShipmentRequest.newBuilder().id(shipment)
                    .newTransition(new NewTransition().to(to)).build());
        }
        Shipment arrived = shipments.listShipments(ProcurementAndShipmentsApi.APIListShipmentsRequest.newBuilder()
                .portOfEntry("甘其毛都口岸 (Ganqimaodu)").state(ShipmentState.ARRIVED).size(200).build()).getItems().stream()
                .filter(s -> shipment.equals(s.getId())).findFirst().orElseThrow();
        assertEquals(ShipmentState.ARRIVED, arrived.getState());
        assertEquals(500, arrived.getLines().get(0).getQuantity());

        shipments.receiveShipment(ProcurementAndShipmentsApi.APIReceiveShipmentRequest.newBuilder().id(shipment)
                .receipt(new Receipt().lines(List.of(new ReceiptLine().lineNo(1).receivedQuantity(500)))).build());
        Lot lot = lots.listLots(LotsAndStockApi.APIListLotsRequest.newBuilder().shipmentId(shipment).build()).getItems().get(0);
        assertEquals(lotNumber, lot.getLotNumber());
        assertEquals(LotState.QUARANTINED, lot.getState());
        lots.releaseLot(LotsAndStockApi.APIReleaseLotRequest.newBuilder().id(lot.getId())
                .lotRelease(new LotRelease().standard(item.getStandard()).certificateReference("CIQ-" + lotNumber)).build());
        Lot released = lots.listLots(LotsAndStockApi.APIListLotsRequest.newBuilder().shipmentId(shipment).build()).getItems().get(0);
        assertEquals(LotState.RELEASED, released.getState());
        assertNotNull(released.getReleasedAt());
        System.out.printf("[test] generated client, supplies: shipment %s %s, lot %s %s%n", shipment, arrived.getState(), lot.getLotNumber(), released.getState());
    }

    @Test
    void checkpointInspectionAndPassThroughTheGeneratedClient() throws Exception {
        CheckpointsApi checkpoints = new CheckpointsApi(client);
        String code = "CT-" + unique();
        UUID cp = created(checkpoints.registerCheckpointWithHttpInfo(CheckpointsApi.APIRegisterCheckpointRequest.newBuilder()
                .newCheckpoint(new NewCheckpoint().code(code).name("新城区成吉思汗大街卡口").kind(CheckpointKind.TRUNK_ROAD).divisionCode("150102")
                        .agencies(Set.of(Agency.TRAFFIC_POLICE, Agency.HEALTH))).build()));
        Checkpoint registered = checkpoints.listCheckpoints(CheckpointsApi.APIListCheckpointsRequest.newBuilder().code(code).build()).getItems().get(0);
        assertEquals(cp, registered.getId());
        assertEquals(CheckpointKind.TRUNK_ROAD, registered.getKind());

        InspectionsApi inspections = new InspectionsApi(client);
        UUID inspection = created(inspections.recordInspectionWithHttpInfo(InspectionsApi.APIRecordInspectionRequest.newBuilder()
                .newInspection(new NewInspection().checkpointId(cp).plate("蒙A8C520").vehicleKind(VehicleKind.PRIVATE_CAR).origin("赛罕区")
                        .destination("新城区").occupants(List.of(new NewOccupant().role(OccupantRole.DRIVER).name("白音").temperature(new java.math.BigDecimal("36.5")))))
                .build()));
        Inspection read = inspections.getInspection(InspectionsApi.APIGetInspectionRequest.newBuilder().id(inspection).build());
        assertEquals(cp, read.getCheckpointId());
        assertEquals(InspectionOutcome.PASSED, read.getOutcome());

        VehiclePassesApi passes = new VehiclePassesApi(client);
        LocalDate tomorrow = LocalDate.now(CST).plusDays(1);
        String plate = "蒙A" + (10000 + (int) (System.nanoTime() % 90000));
        UUID pass = created(passes.issuePrivateCarPassWithHttpInfo(VehiclePassesApi.APIIssuePrivateCarPassRequest.newBuilder()
                .newPrivateCarPass(new NewPrivateCarPass().plate(plate).issuingBody("新城区海拉尔东路街道办事处")
                        .driver(new PassPerson().name("张海军").idCardNumber("150402198503120017"))
                        .passengers(List.of()).origin("新城区海拉尔东路街道").destination("赛罕区敕勒川街道").departureDate(tomorrow)).build()));
        Pass issued = passes.listPasses(VehiclePassesApi.APIListPassesRequest.newBuilder().plate(plate).build()).getItems().get(0);
        assertEquals(pass, issued.getId());
        assertEquals(PassState.ACTIVE, issued.getState());
        PassVerification verified = passes.verifyPass(VehiclePassesApi.APIVerifyPassRequest.newBuilder().passVerificationRequest(
                new PassVerificationRequest().code(issued.getCode()).plate(plate).occupants(1)
                        .at(OffsetDateTime.of(tomorrow.atTime(9, 30), CST))).build());
        assertEquals(Boolean.TRUE, verified.getValid());
        assertEquals(pass, verified.getPassId());
        System.out.printf("[test] generated client, checkpoints: checkpoint %s %s, inspection %s %s, pass %s %s valid %s%n",
                code, registered.getState(), inspection, read.getOutcome(), plate, issued.getState(), verified.getValid());
    }

    /**
     * Every read (GET) of the document the gateway serves is sent to the suite with its parameters' documented
     * examples (an array value, such as {@code sort}, comma-separated as its {@code style: form, explode: false} says;
     * {@code Accept} the operation's documented media type) and must get one of its documented 2xx statuses. What cannot be sent
     * as written, and what is sent instead:
     * <ul>
     *   <li>a path parameter that is a UUID (an id only the documentation knows) or has no example: the ids of the
     *       list one level up (the path up to that parameter: {@code /supplies/lots} for {@code /supplies/lots/{id}/release})
     *       are tried in their list order, at most 10, until one gets a documented success — a state change needs a
     *       resource in the state that allows it (a lot still quarantined), and a refusal (409) changes nothing;</li>
     *   <li>a UUID in a body field {@code <name>Id} or {@code <name>Ids} that is not found at its list ({@code
     *       GET <list>/<uuid>} not 200): the first id of the list of that name in the same service ({@code unitId}
     *       → {@code /personnel/units}, {@code checkpointId} → {@code /checkpoints}, {@code destinationCheckpointId}
     *       → {@code /checkpoints});</li>
     *   <li>a UUID in a query parameter {@code <name>Id} that its list does not know: likewise the first id of that list;</li>
     *   <li>{@code Idempotency-Key}: a fresh UUID (a documented key is used by every reader of the document: the
     *       second body with it would be a 422); {@code If-Match}: left out (a documented version is stale, and
     *       without it the last writer wins).</li>
     * </ul>
     * A request with none of these changes counts as sent verbatim; the counts are printed.
     */
    @Test
    void everyDocumentedReadExampleGetsItsDocumentedSuccess() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        JsonNode doc = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(suite.gateway + "/openapi")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        Map<String, List<DocumentExamples.Example>> byOperation = new LinkedHashMap<>();
        for (DocumentExamples.Example e : DocumentExamples.of(doc)) {
            // reads only: a body example is sent, in the order of the story it tells, by each service's own examples test
            // (personnel/supplies/checkpoint ApiExamplesTest, DocumentedExamplesTest) — a generic sender cannot make
            // the suite's state fit every write (a unique code already taken, a lot already released)
            if (e.kind() == DocumentExamples.Kind.PARAMETER && e.method().equals("GET")) {
                byOperation.computeIfAbsent(e.method() + " " + e.path(), k -> new ArrayList<>()).add(e);
            }
        }
        Sender sender = new Sender(http, doc);
        int sent = 0, verbatim = 0;
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, List<DocumentExamples.Example>> op : byOperation.entrySet()) {
            List<DocumentExamples.Example> bodies = op.getValue().stream().filter(e -> e.kind() == DocumentExamples.Kind.REQUEST_BODY).toList();
            Map<String, DocumentExamples.Example> params = new LinkedHashMap<>();
            op.getValue().stream().filter(e -> e.kind() == DocumentExamples.Kind.PARAMETER).forEach(e -> params.putIfAbsent(e.in() + ":" + e.name(), e));
            for (DocumentExamples.Example body : bodies.isEmpty() ? java.util.Collections.<DocumentExamples.Example>singletonList(null) : bodies) {
                Sender.Outcome o = sender.send(op.getValue().get(0).method(), op.getValue().get(0).path(), params.values(), body);
                sent++;
                if (o.verbatim()) verbatim++;
                String what = (body != null ? body.where() : op.getKey() + " (parameter examples)");
                System.out.printf("[test] example %s -> %d%s%s%n", what, o.status(), o.verbatim() ? " verbatim" : "", o.changes().isEmpty() ? "" : " " + o.changes());
                if (!o.success()) failures.add(what + ": " + o.status() + " " + o.body());
            }
        }
        System.out.printf("[test] documented request examples sent: %d, verbatim %d, with substitutions %d, not the documented success %d%n",
                sent, verbatim, sent - verbatim, failures.size());
        failures.forEach(f -> System.out.println("[test] example failed " + f));
        assertEquals(List.of(), failures);
    }

    /** Sends one documented request, substituting what only the documentation knows (see the test's Javadoc). */
    private static final class Sender {
        record Outcome(int status, boolean success, boolean verbatim, List<String> changes, String body) {
        }

        private final HttpClient http;
        private final JsonNode doc;
        /** A list's last path segment → its path, per service prefix ("supplies:lots" → /api/v1/supplies/lots). */
        private final Map<String, String> lists = new HashMap<>();

        Sender(HttpClient http, JsonNode doc) {
            this.http = http;
            this.doc = doc;
            doc.path("paths").fieldNames().forEachRemaining(p -> {
                if (!doc.path("paths").path(p).has("get") || p.endsWith("}")) return;
                String[] s = p.split("/");
                if (s.length >= 4) lists.putIfAbsent(s[3] + ":" + s[s.length - 1], p);
            });
        }

        Outcome send(String method, String path, java.util.Collection<DocumentExamples.Example> params, DocumentExamples.Example body) throws Exception {
            List<String> changes = new ArrayList<>();
            JsonNode op = doc.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
            Set<Integer> success = new java.util.HashSet<>();
            op.path("responses").fieldNames().forEachRemaining(s -> { if (s.startsWith("2")) success.add(Integer.parseInt(s)); });
            String area = path.split("/")[3];
            JsonNode payload = body == null ? null : body.value().deepCopy();
            if (payload != null) substituteIds(area, payload, "", changes);

            Map<String, String> query = new LinkedHashMap<>(), headers = new LinkedHashMap<>();
            Map<String, String> pathValues = new LinkedHashMap<>();
            for (DocumentExamples.Example p : params) {
                String v = p.value().isTextual() ? p.value().asText()
                        : p.value().isArray() ? String.join(",", iterable(p.value().elements()).stream().map(JsonNode::asText).toList())
                        : p.value().toString();
                switch (p.in()) {
                    case "query" -> {
                        if (p.name().endsWith("Id") && UUID_TEXT.matcher(v).matches()) {
                            String real = realId(area, p.name().substring(0, p.name().length() - 2), v);
                            if (!real.equals(v)) changes.add("?" + p.name() + " from its list");
                            v = real;
                        }
                        query.put(p.name(), v);
                    }
                    case "path" -> pathValues.put(p.name(), v);
                    case "header" -> {
                        if (p.name().equalsIgnoreCase("If-Match")) changes.add("If-Match left out");
                        else if (p.name().equalsIgnoreCase("Idempotency-Key")) changes.add("fresh Idempotency-Key");
                        else headers.put(p.name(), v);
                    }
                    default -> { }
                }
            }
            // the path's parameters, in order: a documented value (not a UUID) as written, else candidates from the list above it
            java.util.regex.Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path);
            List<String> names = new ArrayList<>();
            while (m.find()) names.add(m.group(1));
            List<Map<String, String>> fillings = new ArrayList<>();
            fillings.add(new LinkedHashMap<>());
            for (String name : names) {
                String documented = pathValues.get(name);
                List<Map<String, String>> next = new ArrayList<>();
                for (Map<String, String> f : fillings) {
                    if (documented != null && !UUID_TEXT.matcher(documented).matches()) {
                        Map<String, String> g = new LinkedHashMap<>(f);
                        g.put(name, documented);
                        next.add(g);
                        continue;
                    }
                    String listPath = fill(path.substring(0, path.indexOf("{" + name + "}") - 1), f);
                    if (documented != null && get(listPath + "/" + documented) == 200) {
                        Map<String, String> g = new LinkedHashMap<>(f);
                        g.put(name, documented);
                        next.add(g);
                        continue;
                    }
                    for (String id : ids(listPath, name, 10)) {
                        Map<String, String> g = new LinkedHashMap<>(f);
                        g.put(name, id);
                        next.add(g);
                    }
                    changes.add("{" + name + "} from " + listPath);
                }
                fillings = next.subList(0, Math.min(next.size(), 10));
            }
            HttpResponse<String> last = null;
            for (Map<String, String> f : fillings) {
                StringBuilder uri = new StringBuilder(suite.gateway).append(fill(path, f));
                String sep = "?";
                for (Map.Entry<String, String> q : query.entrySet()) {
                    uri.append(sep).append(URLEncoder.encode(q.getKey(), StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(q.getValue(), StandardCharsets.UTF_8));
                    sep = "&";
                }
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uri.toString())).timeout(Duration.ofSeconds(15))
                        .header("X-API-Key", suite.apiKey).header("Accept", accept(op));
                headers.forEach(b::header);
                if (op.path("parameters").toString().contains("Idempotency-Key")) b.header("Idempotency-Key", UUID.randomUUID().toString());
                String contentType = body == null ? null : op.path("requestBody").path("content").fieldNames().next();
                if (payload != null) b.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(payload)));
                else if (method.equals("POST") || method.equals("PUT")) b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString("{}"));
                else b.method(method, HttpRequest.BodyPublishers.noBody());
                last = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
                if (success.contains(last.statusCode())) break;
                if (last.statusCode() != 409 && last.statusCode() != 404) break; // a state refusal: the next candidate; anything else is the answer
            }
            if (last == null) return new Outcome(0, false, false, changes, "no resource to send it to: " + changes);
            boolean verbatim = changes.isEmpty();
            return new Outcome(last.statusCode(), success.contains(last.statusCode()), verbatim, changes,
                    last.body().length() > 400 ? last.body().substring(0, 400) : last.body());
        }

        /** The media type of the operation's first documented 2xx body (a QR code is image/png), else JSON. */
        private static String accept(JsonNode op) {
            for (java.util.Iterator<Map.Entry<String, JsonNode>> it = op.path("responses").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> r = it.next();
                if (r.getKey().startsWith("2") && r.getValue().path("content").fieldNames().hasNext()) return r.getValue().path("content").fieldNames().next();
            }
            return "application/json";
        }

        /** A UUID in a body field {@code xId}/{@code xIds} that its list does not know becomes the first id of that list. */
        private void substituteIds(String area, JsonNode node, String at, List<String> changes) throws Exception {
            if (node instanceof ObjectNode o) {
                for (String field : List.copyOf(iterable(o.fieldNames()))) {
                    JsonNode v = o.get(field);
                    if ((field.endsWith("Id") && v.isTextual() && UUID_TEXT.matcher(v.asText()).matches())) {
                        String real = realId(area, field.substring(0, field.length() - 2), v.asText());
                        if (!real.equals(v.asText())) {
                            o.set(field, TextNode.valueOf(real));
                            changes.add(at + field + " from its list");
                        }
                    } else if (field.endsWith("Ids") && v instanceof ArrayNode a) {
                        for (int i = 0; i < a.size(); i++) {
                            if (!a.get(i).isTextual() || !UUID_TEXT.matcher(a.get(i).asText()).matches()) continue;
                            String real = realId(area, field.substring(0, field.length() - 3), a.get(i).asText());
                            if (!real.equals(a.get(i).asText())) {
                                a.set(i, TextNode.valueOf(real));
                                changes.add(at + field + "[" + i + "] from its list");
                            }
                        }
                    } else {
                        substituteIds(area, v, at + field + ".", changes);
                    }
                }
            } else if (node instanceof ArrayNode a) {
                for (JsonNode c : a) substituteIds(area, c, at, changes);
            }
        }

        /** {@code documented} when its list has it, else the list's first id; the list of "destinationCheckpoint" is checkpoints. */
        private String realId(String area, String name, String documented) throws Exception {
            String list = null;
            String kebab = name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
            while (list == null && !kebab.isEmpty()) {
                for (String plural : List.of(kebab + "s", kebab.replaceAll("y$", "ies"), kebab.replaceAll("person$", "people"), kebab)) {
                    list = lists.getOrDefault(area + ":" + plural, list);
                    if (list == null && plural.equals(area)) list = "/api/v1/" + area;
                }
                if (list == null) kebab = kebab.contains("-") ? kebab.substring(kebab.indexOf('-') + 1) : "";
            }
            if (list == null || get(list + "/" + documented) == 200) return documented;
            List<String> ids = ids(list, "id", 1);
            return ids.isEmpty() ? documented : ids.get(0);
        }

        /** The first {@code max} values of {@code field} (or {@code id}) in a list (a page's items or a plain array). */
        private List<String> ids(String listPath, String field, int max) throws Exception {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(suite.gateway + listPath + "?size=" + Math.max(max, 20)))
                    .header("X-API-Key", suite.apiKey).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            List<String> out = new ArrayList<>();
            if (r.statusCode() != 200) return out;
            JsonNode body = JSON.readTree(r.body());
            JsonNode items = body.isArray() ? body : body.path("items");
            for (JsonNode i : items) {
                String v = i.path(field).asText(i.path("id").asText(""));
                if (!v.isEmpty() && out.size() < max) out.add(v);
            }
            return out;
        }

        private int get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(suite.gateway + path)).header("X-API-Key", suite.apiKey).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        }

        private static String fill(String template, Map<String, String> values) {
            String out = template;
            for (Map.Entry<String, String> v : values.entrySet()) out = out.replace("{" + v.getKey() + "}", URLEncoder.encode(v.getValue(), StandardCharsets.UTF_8));
            return out;
        }

        private static <T> List<T> iterable(java.util.Iterator<T> it) {
            List<T> out = new ArrayList<>();
            it.forEachRemaining(out::add);
            return out;
        }
    }
}
