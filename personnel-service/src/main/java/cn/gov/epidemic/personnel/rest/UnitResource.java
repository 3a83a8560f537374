package cn.gov.epidemic.personnel.rest;

import cn.gov.epidemic.kit.rest.Filter;
import cn.gov.epidemic.kitweb.security.Roles;
import cn.gov.epidemic.kit.rest.IdempotencyKeys;
import cn.gov.epidemic.kit.rest.Page;
import cn.gov.epidemic.kit.rest.PageQuery;
import cn.gov.epidemic.kit.rest.Responses;
import cn.gov.epidemic.personnel.UnitKind;
import cn.gov.epidemic.personnel.api.DivisionApi;
import cn.gov.epidemic.personnel.api.UnitApi.NewUnit;
import cn.gov.epidemic.personnel.api.UnitApi.UnitView;
import cn.gov.epidemic.personnel.service.UnitService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

import java.util.UUID;

/** Source units people are sent from. */
@Path(ApiDocs.BASE + "/units")
@Tag(name = "Units", description = "Units people are sent from (political-legal committees, public security, procuratorates, courts, justice bureaus, law-enforcement bureaus ...).")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitResource {

    @Inject
    UnitService service;
    @Inject
    IdempotencyKeys idempotency;

    @POST
    @RolesAllowed({Roles.PERSONNEL_WRITE, Roles.ADMIN})
    @Operation(operationId = "registerUnit", summary = "Register a source unit · 登记派出单位", description = "A unit that sends people (政法委, 公安, 检察院, 法院, 司法局 ...), by its division.")
    @APIResponse(responseCode = "201", description = "Registered; Location names it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "409", description = "A unit with this name exists (type unit-exists).")
    public Response register(@HeaderParam(IdempotencyKeys.HEADER) @Size(max = 200) @Parameter(description = ApiDocs.IDEMPOTENCY, example = ApiDocs.IDEMPOTENCY_EXAMPLE) String idempotencyKey,
                             @NotNull @Valid @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   examples = @ExampleObject(name = "new-unit", value = Examples.NEW_UNIT))) NewUnit body, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST units", body, () -> {
            UnitView v = service.register(body);
            return Responses.created(uri, v.id(), v);
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PERSONNEL_READ, Roles.ADMIN})
    @Operation(operationId = "getUnit", summary = "Read a source unit · 查询派出单位", description = "A source unit.")
    @APIResponse(responseCode = "200", description = "The unit.")
    public UnitView get(@PathParam("id") @Parameter(example = Examples.UNIT_ID) UUID id) {
        return service.get(id);
    }

    @GET
    @RolesAllowed({Roles.PERSONNEL_READ, Roles.ADMIN})
    @Operation(operationId = "listUnits", summary = "List source units · 派出单位列表", description = "Filters: kind, divisionCode (the division and all under it), name (contains, ignoring case). Sort by name, kind.")
    @Extension(name = "x-sort-fields", value = "name,kind")
    @APIResponse(responseCode = "200", description = "A page of units.")
    public Page<UnitView> list(@QueryParam("kind") @Parameter(example = "PUBLIC_SECURITY") UnitKind kind,
                               @QueryParam("divisionCode") @Pattern(regexp = DivisionApi.CODE, message = DivisionApi.CODE_MESSAGE) @Size(max = 12) @Parameter(description = Filter.WITHIN_DIVISION, example = "150100") String divisionCode,
                               @QueryParam("name") @Size(max = 200) @Parameter(description = "Part of the name (contains, ignoring case).", example = "公安局") String name,
                               @Valid @BeanParam PageQuery page) {
        return service.list(kind, divisionCode, name, page);
    }
}
