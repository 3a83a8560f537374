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
import jakarta.ws.rs.PathParam;
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
import cn.gov.epidemic.personnel.api.DivisionApi;
import cn.gov.epidemic.personnel.api.PlanApi.NewPlan;
import cn.gov.epidemic.personnel.api.PlanApi.PlanProgress;
import cn.gov.epidemic.personnel.api.PlanApi.PlanView;
import cn.gov.epidemic.personnel.service.PlanService;

/** Deployment plans and their live progress. */
@Path(ApiDocs.BASE + "/plans")
@Tag(name = "Plans", description = "Deployment plans: issuing authority, target, per-unit quotas, period, and live progress.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

    @Inject
    PlanService service;
    @Inject
    IdempotencyKeys idempotency;

    @POST
    @RolesAllowed({Roles.PERSONNEL_WRITE, Roles.ADMIN})
    @Operation(operationId = "createPlan", summary = "Create a deployment plan · 制定下沉计划", description = "An issuing authority sends officers to the grassroots: a target (Hohhot: 1,400), per-unit quotas and a period.")
    @APIResponse(responseCode = "201", description = "Created; Location names it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) @Size(max = 200) @Parameter(description = ApiDocs.IDEMPOTENCY, example = ApiDocs.IDEMPOTENCY_EXAMPLE) String idempotencyKey,
                           @NotNull @Valid @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   examples = @ExampleObject(name = "new-plan", value = Examples.NEW_PLAN))) NewPlan body, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST plans", body, () -> {
            PlanView v = service.create(body);
            return Responses.created(uri, v.id(), v, v.version());
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PERSONNEL_READ, Roles.ADMIN})
    @Operation(operationId = "getPlan", summary = "Read a deployment plan · 查询下沉计划", description = "A plan with its quotas; ETag is its version. Live figures are under /progress.")
    @APIResponse(responseCode = "200", description = "The plan.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    public Response get(@PathParam("id") @Parameter(example = Examples.PLAN_ID) UUID id) {
        PlanView v = service.get(id);
        return Responses.ok(v, v.version());
    }

    @GET
    @RolesAllowed({Roles.PERSONNEL_READ, Roles.ADMIN})
    @Operation(operationId = "listPlans", summary = "List deployment plans · 下沉计划列表", description = "Filter: divisionCode. Sort by name, periodStart, createdAt.")
    @Extension(name = "x-sort-fields", value = "name,periodStart,createdAt")
    @APIResponse(responseCode = "200", description = "A page of plans.")
    public Page<PlanView> list(@QueryParam("divisionCode") @Pattern(regexp = DivisionApi.CODE, message = DivisionApi.CODE_MESSAGE) @Size(max = 12) @Parameter(description = Filter.WITHIN_DIVISION, example = "150100") String divisionCode,
                               @Valid @BeanParam PageQuery page) {
        return service.list(divisionCode, page);
    }

    @GET
    @Path("/{id}/progress")
    @RolesAllowed({Roles.PERSONNEL_READ, Roles.ADMIN})
    @Operation(operationId = "getPlanProgress", summary = "Live progress of a plan · 下沉计划完成进度",
            description = "Deployed (active or relieved) against the target, per unit against its quota, and per destination. Over-fulfilment is shown as it is: Hohhot's 2,010 of 1,400 is 143.6%.")
    @APIResponse(responseCode = "200", description = "Progress, counted at the time of the request.")
    public PlanProgress progress(@PathParam("id") @Parameter(example = Examples.PLAN_ID) UUID id) {
        return service.progress(id);
    }
}
