package cn.gov.epidemic.checkpoint.rest;

import cn.gov.epidemic.checkpoint.InspectionOutcome;
import cn.gov.epidemic.checkpoint.api.InspectionApi.InspectionView;
import cn.gov.epidemic.checkpoint.api.InspectionApi.NewInspection;
import cn.gov.epidemic.checkpoint.api.PassApi;
import cn.gov.epidemic.checkpoint.service.InspectionService;
import cn.gov.epidemic.checkpoint.service.InspectionImportService;
import cn.gov.epidemic.checkpoint.api.InspectionApi;
import cn.gov.epidemic.checkpoint.api.InspectionApi.InspectionCsvLine;
import cn.gov.epidemic.kit.bulk.BulkImports;
import cn.gov.epidemic.kit.bulk.ImportReport;
import cn.gov.epidemic.kit.bulk.RowFormat;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import cn.gov.epidemic.kitweb.security.Roles;
import cn.gov.epidemic.kit.rest.IdempotencyKeys;
import cn.gov.epidemic.kit.rest.Page;
import cn.gov.epidemic.kit.rest.PageQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.UUID;

/** Inspections: every vehicle checked, every person's temperature taken. */
@Path(ApiDocs.BASE + "/inspections")
@Tag(name = "Inspections", description = "Vehicles checked at a checkpoint (逢车必查、逢人必测): occupants and temperatures, the pass presented, the outcome; a fever opens a referral.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InspectionResource {

    @Inject
    InspectionService service;
    @Inject
    IdempotencyKeys idempotency;
    @Inject
    BulkImports bulk;
    @Inject
    InspectionImportService imports;

    @POST
    @RolesAllowed({Roles.CHECKPOINT_INSPECT, Roles.ADMIN})
    @Operation(operationId = "recordInspection", summary = "Record an inspection · 登记车辆查验", description = "The pass code, if presented, is verified on the spot (online). Outcome: REFERRED when anyone is at or above the fever threshold (37.3 °C by default; one referral per person, to the checkpoint's designated hospital), else TURNED_BACK when the pass is refused or the inspector turned the vehicle back, else PASSED." + ApiDocs.PII)
    @APIResponse(responseCode = "201", description = "Recorded; Location names it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionView.class)))
    @APIResponse(responseCode = "409", description = "The checkpoint is not OPEN (checkpoint-not-open).")
    public Response record(@HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = ApiDocs.IDEMPOTENCY, example = ApiDocs.IDEMPOTENCY_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = ApiDocs.IDEMPOTENCY_PATTERN)) String idempotencyKey,
                           @NotNull @Valid NewInspection body, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST inspections", body, () -> {
            InspectionView v = service.record(body);
            return Response.created(uri.getAbsolutePathBuilder().path(v.id().toString()).build()).entity(v).build();
        });
    }

    @POST
    @Path("/imports")
    @Consumes({MediaType.APPLICATION_JSON, BulkImports.CSV})
    @RolesAllowed({Roles.CHECKPOINT_INSPECT, Roles.ADMIN})
    @Operation(operationId = "importInspections", summary = "Import inspections · 批量导入车辆查验记录",
            description = "Records inspections, as POST /inspections would one by one (a row is the same body; a pass code is verified, a fever opens a referral)."
                    + " CSV header: " + InspectionApi.CSV_HEADER + " (one line per vehicle: the driver's columns, then the passengers' temperatures separated by ';')." + BulkImports.DESCRIPTION + ApiDocs.PII)
    @APIResponse(responseCode = "200", description = "The report: per row created (id: the inspection; relatedIds: its referrals) or refused (problems).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "413", description = "More than 5,000 rows, or a body over 1 MiB (payload-too-large): nothing imported.")
    public Response importInspections(@HeaderParam(IdempotencyKeys.HEADER) @Parameter(required = true, description = ApiDocs.IDEMPOTENCY_BATCH, example = ApiDocs.IDEMPOTENCY_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = ApiDocs.IDEMPOTENCY_PATTERN)) String idempotencyKey,
                                      @Context HttpHeaders headers,
                                      @RequestBody(required = true, content = {
                                              @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = NewInspection.class, maxItems = BulkImports.MAX_ROWS),
                                                      examples = @ExampleObject(name = "two-vehicles", value = InspectionApi.IMPORT_EXAMPLE)),
                                              @Content(mediaType = BulkImports.CSV, schema = @Schema(type = SchemaType.STRING, maxLength = 1048576),
                                                      examples = @ExampleObject(name = "one-van-csv", value = InspectionApi.IMPORT_CSV_EXAMPLE))}) byte[] body) {
        return bulk.execute(idempotencyKey, "POST inspections/imports", headers.getHeaderString(HttpHeaders.CONTENT_TYPE), body,
                RowFormat.of(NewInspection.class, InspectionCsvLine.class, InspectionCsvLine::row), imports::importInspections);
    }

    @GET
    @RolesAllowed({Roles.CHECKPOINT_READ, Roles.CHECKPOINT_INSPECT, Roles.ADMIN})
    @Operation(operationId = "listInspections", summary = "List inspections · 查询查验记录", description = "Filters: checkpointId, day (Asia/Shanghai), outcome, plate. Sort by inspectedAt, plate, outcome." + ApiDocs.PII)
    @Extension(name = "x-sort-fields", value = "inspectedAt,plate,outcome")
    @APIResponse(responseCode = "200", description = "A page of inspections.")
    public Page<InspectionView> list(@QueryParam("checkpointId") @Parameter(description = "Inspections at this checkpoint.", example = ApiDocs.ID_EXAMPLE) UUID checkpointId,
                                     @QueryParam("day") @Parameter(description = "Calendar day in Asia/Shanghai.", example = "2020-02-02") LocalDate day,
                                     @QueryParam("outcome") @Parameter(example = "REFERRED") InspectionOutcome outcome,
                                     @QueryParam("plate") @Size(max = 12) @Pattern(regexp = PassApi.PLATE, message = PassApi.PLATE_MESSAGE)
                                     @Parameter(description = "Exact plate.", example = "蒙D33221") String plate,
                                     @Valid @BeanParam PageQuery page) {
        return service.list(checkpointId, day, outcome, plate, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CHECKPOINT_READ, Roles.CHECKPOINT_INSPECT, Roles.ADMIN})
    @Operation(operationId = "getInspection", summary = "Read an inspection · 查看查验记录", description = "With its occupants and the referrals it opened." + ApiDocs.PII)
    @APIResponse(responseCode = "200", description = "The inspection.")
    public InspectionView get(@PathParam("id") @Parameter(description = ApiDocs.ID, example = ApiDocs.ID_EXAMPLE) UUID id) {
        return service.get(id);
    }
}
