package cn.gov.epidemic.personnel.rest;

import cn.gov.epidemic.kit.rest.Filter;
import cn.gov.epidemic.kitweb.security.Roles;
import cn.gov.epidemic.kit.rest.IdempotencyKeys;
import cn.gov.epidemic.kit.rest.Page;
import cn.gov.epidemic.kit.rest.PageQuery;
import cn.gov.epidemic.kit.rest.Responses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import cn.gov.epidemic.personnel.api.Examples;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;
import cn.gov.epidemic.personnel.ScreeningOutcome;
import cn.gov.epidemic.personnel.api.DivisionApi;
import cn.gov.epidemic.personnel.api.FieldApi.NewScreeningVisit;
import cn.gov.epidemic.personnel.api.FieldApi.VisitView;
import cn.gov.epidemic.personnel.service.ScreeningService;
import cn.gov.epidemic.kit.bulk.BulkImports;
import cn.gov.epidemic.kit.bulk.ImportReport;
import cn.gov.epidemic.kit.bulk.RowFormat;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

/** Household screening visits. */
@Path(ApiDocs.BASE + "/screening-visits")
@Tag(name = "Screening", description = "Household screening visits by grid workers; coverage is under /divisions/{code}/screening-coverage.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScreeningResource {

    @Inject
    ScreeningService service;
    @Inject
    IdempotencyKeys idempotency;
    @Inject
    BulkImports bulk;

    @POST
    @RolesAllowed({Roles.PERSONNEL_WRITE, Roles.ADMIN})
    @Operation(operationId = "recordScreeningVisit", summary = "Record a household visit · 登记入户排查", description = "The division must be a gacha, village or community.")
    @APIResponse(responseCode = "201", description = "Recorded.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VisitView.class)))
    public Response record(@HeaderParam(IdempotencyKeys.HEADER) @Size(max = 200) @Parameter(description = ApiDocs.IDEMPOTENCY, example = ApiDocs.IDEMPOTENCY_EXAMPLE) String idempotencyKey,
                           @NotNull @Valid @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   examples = @ExampleObject(name = "new-visit", value = Examples.NEW_VISIT))) NewScreeningVisit body, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST screening-visits", body, () -> {
            VisitView v = service.record(body);
            return Responses.created(uri, v.id(), v);
        });
    }

    @POST
    @Path("/imports")
    @Consumes({MediaType.APPLICATION_JSON, BulkImports.CSV})
    @RolesAllowed({Roles.PERSONNEL_WRITE, Roles.ADMIN})
    @Operation(operationId = "importScreeningVisits", summary = "Import household visits · 批量导入入户排查记录",
            description = "Records visits, as POST /screening-visits would one by one; a row is the same body."
                    + " CSV header: divisionCode,household,visitedAt,workerId,residents,outcome,notes." + BulkImports.DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The report: per row created (id: the visit) or refused (problems).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "413", description = "More than 5,000 rows, or a body over 1 MiB (payload-too-large): nothing imported.")
    public Response importVisits(@HeaderParam(IdempotencyKeys.HEADER) @Size(max = 200) @Parameter(required = true, description = ApiDocs.IDEMPOTENCY_BATCH, example = ApiDocs.IDEMPOTENCY_EXAMPLE) String idempotencyKey,
                                 @Context HttpHeaders headers,
                                 @RequestBody(required = true, content = {
                                         @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = NewScreeningVisit.class, maxItems = BulkImports.MAX_ROWS),
                                                 examples = @ExampleObject(name = "two-visits", value = Examples.VISITS_IMPORT)),
                                         @Content(mediaType = BulkImports.CSV, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.MAX_BODY),
                                                 examples = @ExampleObject(name = "one-visit-csv", value = Examples.VISITS_IMPORT_CSV))}) byte[] body) {
        return bulk.execute(idempotencyKey, "POST screening-visits/imports", headers.getHeaderString(HttpHeaders.CONTENT_TYPE), body,
                RowFormat.flat(NewScreeningVisit.class), service::importVisits);
    }

    @GET
    @RolesAllowed({Roles.PERSONNEL_READ, Roles.ADMIN})
    @Operation(operationId = "listScreeningVisits", summary = "List household visits · 入户排查记录列表", description = "Filters: divisionCode, outcome, workerId. Sort by visitedAt, household, outcome.")
    @Extension(name = "x-sort-fields", value = "visitedAt,household,outcome")
    @APIResponse(responseCode = "200", description = "A page of visits.")
    public Page<VisitView> list(@QueryParam("divisionCode") @Pattern(regexp = DivisionApi.CODE, message = DivisionApi.CODE_MESSAGE) @Size(max = 12) @Parameter(description = Filter.WITHIN_DIVISION, example = "152502") String divisionCode,
                                @QueryParam("outcome") @Parameter(example = "KEY_PERSON_FOUND") ScreeningOutcome outcome, @QueryParam("workerId") @Parameter(example = Examples.WORKER_ID) UUID workerId,
                                @Valid @BeanParam PageQuery page) {
        return service.list(divisionCode, outcome, workerId, page);
    }
}
