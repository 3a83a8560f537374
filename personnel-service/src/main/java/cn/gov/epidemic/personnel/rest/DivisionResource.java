package cn.gov.epidemic.personnel.rest;

import cn.gov.epidemic.kitweb.security.Roles;
import cn.gov.epidemic.kit.rest.IdempotencyKeys;
import cn.gov.epidemic.kit.rest.Page;
import cn.gov.epidemic.kit.rest.PageQuery;
import cn.gov.epidemic.kit.rest.Responses;
import cn.gov.epidemic.personnel.DivisionKind;
import cn.gov.epidemic.personnel.api.DivisionApi;
import cn.gov.epidemic.personnel.api.DivisionApi.DivisionView;
import cn.gov.epidemic.personnel.api.DivisionApi.NewDivision;
import cn.gov.epidemic.personnel.api.DivisionApi.ScreeningCoverage;
import cn.gov.epidemic.personnel.service.DivisionService;
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
import cn.gov.epidemic.personnel.api.Examples;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrative divisions: the places people are sent to, keyed by national code. */
@Path(ApiDocs.BASE + "/divisions")
@Tag(name = "Divisions", description = "Administrative divisions (league/city → banner/county/district → sumu/town/subdistrict → gacha/village/community).")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DivisionResource {

    @Inject
    DivisionService service;
    @Inject
    IdempotencyKeys idempotency;

    @POST
    @RolesAllowed({Roles.PERSONNEL_WRITE, Roles.ADMIN})
    @Operation(operationId = "registerDivision", summary = "Register a division · 登记行政区划", description = "The parent must exist and be of a higher level.")
    @APIResponse(responseCode = "201", description = "Registered; Location names it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DivisionView.class)))
    @APIResponse(responseCode = "409", description = "A division with this code exists (type division-exists).")
    public Response register(@HeaderParam(IdempotencyKeys.HEADER) @Size(max = 200) @Parameter(description = ApiDocs.IDEMPOTENCY, example = ApiDocs.IDEMPOTENCY_EXAMPLE) String idempotencyKey,
                             @NotNull @Valid @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   examples = @ExampleObject(name = "new-division", value = Examples.NEW_DIVISION))) NewDivision body, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST divisions", body, () -> {
            DivisionView v = service.register(body);
            return Responses.created(uri, v.code(), v);
        });
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.PERSONNEL_READ, Roles.ADMIN})
    @Operation(operationId = "getDivision", summary = "Read a division · 查询行政区划", description = "A division by its national code, with its level and parent.")
    @APIResponse(responseCode = "200", description = "The division.")
    public DivisionView get(@PathParam("code") @Pattern(regexp = DivisionApi.CODE, message = DivisionApi.CODE_MESSAGE) @Size(max = 12) @Parameter(example = "150102") String code) {
        return service.get(code);
    }

    @GET
    @RolesAllowed({Roles.PERSONNEL_READ, Roles.ADMIN})
    @Operation(operationId = "listDivisions", summary = "List divisions · 行政区划列表", description = "Filters: parentCode, kind, name (contains). Sort by code, name, kind.")
    @Extension(name = "x-sort-fields", value = "code,name,kind")
    @APIResponse(responseCode = "200", description = "A page of divisions.")
    public Page<DivisionView> list(@QueryParam("parentCode") @Pattern(regexp = DivisionApi.CODE, message = DivisionApi.CODE_MESSAGE) @Size(max = 12) @Parameter(example = "150100") String parentCode,
                                   @QueryParam("kind") @Parameter(example = "DISTRICT") DivisionKind kind,
                                   @QueryParam("name") @Size(max = 100) @Parameter(description = "Part of the name (contains, ignoring case).", example = "新城区") String name,
                                   @Valid @BeanParam PageQuery page) {
        return service.list(parentCode, kind, name, page);
    }

    @GET
    @Path("/{code}/screening-coverage")
    @RolesAllowed({Roles.PERSONNEL_READ, Roles.ADMIN})
    @Operation(operationId = "getScreeningCoverage", summary = "Household screening coverage under a division · 辖区入户排查覆盖情况",
            description = "Counts over the division and every division below it: villages and communities screened, households visited against households registered, key persons found.")
    @APIResponse(responseCode = "200", description = "Coverage figures.")
    public ScreeningCoverage coverage(@PathParam("code") @Pattern(regexp = DivisionApi.CODE, message = DivisionApi.CODE_MESSAGE) @Size(max = 12) @Parameter(example = "150102") String code) {
        return service.coverage(code);
    }
}
