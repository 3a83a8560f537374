package cn.gov.epidemic.personnel.rest;

import cn.gov.epidemic.kit.rest.Filter;
import cn.gov.epidemic.kitweb.security.Roles;
import cn.gov.epidemic.kit.rest.ETags;
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
import jakarta.ws.rs.core.HttpHeaders;
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
import cn.gov.epidemic.personnel.DeploymentState;
import cn.gov.epidemic.personnel.api.DeploymentApi.DeploymentView;
import cn.gov.epidemic.personnel.api.DeploymentApi.NewDeployment;
import cn.gov.epidemic.personnel.api.DivisionApi;
import cn.gov.epidemic.personnel.service.DeploymentService;

/** Deployments: a person sent to a village, community or checkpoint, and the state changes of that. */
@Path(ApiDocs.BASE + "/deployments")
@Tag(name = "Deployments", description = "People sent to villages, communities and checkpoints: PLANNED → ACTIVE → RELIEVED (or CANCELLED); at most one ACTIVE per person.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeploymentResource {

    @Inject
    DeploymentService service;
    @Inject
    IdempotencyKeys idempotency;

    @POST
    @RolesAllowed({Roles.PERSONNEL_WRITE, Roles.ADMIN})
    @Operation(operationId = "createDeployment", summary = "Deploy a person · 下沉部署人员", description = "With activateNow=true the deployment starts ACTIVE.")
    @APIResponse(responseCode = "201", description = "Created; Location names it; ETag is its version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeploymentView.class)))
    @APIResponse(responseCode = "409", description = "The person already has an active deployment (type person-already-deployed), or the destination is above the town level (destination-not-grassroots).")
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) @Size(max = 200) @Parameter(description = ApiDocs.IDEMPOTENCY, example = ApiDocs.IDEMPOTENCY_EXAMPLE) String idempotencyKey,
                           @NotNull @Valid @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   examples = @ExampleObject(name = "new-deployment", value = Examples.NEW_DEPLOYMENT))) NewDeployment body, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST deployments", body, () -> {
            DeploymentView v = service.create(body);
            return Responses.created(uri, v.id(), v, v.version());
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PERSONNEL_READ, Roles.ADMIN})
    @Operation(operationId = "getDeployment", summary = "Read a deployment · 查询下沉部署", description = "A deployment with its state and timestamps; ETag is its version.")
    @APIResponse(responseCode = "200", description = "The deployment; ETag is its version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeploymentView.class)))
    public Response get(@PathParam("id") @Parameter(example = Examples.DEPLOYMENT_ID) UUID id) {
        DeploymentView v = service.get(id);
        return Responses.ok(v, v.version());
    }

    @GET
    @RolesAllowed({Roles.PERSONNEL_READ, Roles.ADMIN})
    @Operation(operationId = "listDeployments", summary = "List deployments · 下沉部署列表", description = "Filters: personId (a person's full history), planId, state, divisionCode, checkpointId. Sort by createdAt, activatedAt, state, divisionCode.")
    @Extension(name = "x-sort-fields", value = "createdAt,activatedAt,state,divisionCode")
    @APIResponse(responseCode = "200", description = "A page of deployments.")
    public Page<DeploymentView> list(@QueryParam("personId") @Parameter(example = Examples.PERSON_ID) UUID personId, @QueryParam("planId") @Parameter(example = Examples.PLAN_ID) UUID planId,
                                     @QueryParam("state") @Parameter(example = "ACTIVE") DeploymentState state,
                                     @QueryParam("divisionCode") @Pattern(regexp = DivisionApi.CODE, message = DivisionApi.CODE_MESSAGE) @Size(max = 12) @Parameter(description = Filter.WITHIN_DIVISION, example = "150100") String divisionCode,
                                     @QueryParam("checkpointId") @Parameter(example = Examples.CHECKPOINT_ID) UUID checkpointId, @Valid @BeanParam PageQuery page) {
        return service.list(personId, planId, state, divisionCode, checkpointId, page);
    }

    @POST
    @Path("/{id}/activation")
    @RolesAllowed({Roles.PERSONNEL_WRITE, Roles.ADMIN})
    @Operation(operationId = "activateDeployment", summary = "Put a planned deployment on duty · 下沉人员到岗", description = "PLANNED → ACTIVE. Refused when the person already has an active deployment.")
    @APIResponse(responseCode = "200", description = "Active; ETag is the new version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeploymentView.class)))
    @APIResponse(responseCode = "409", description = "Not PLANNED (invalid-state-transition) or the person is already deployed (person-already-deployed).")
    @APIResponse(responseCode = "412", description = "If-Match names an older version.")
    public Response activate(@PathParam("id") @Parameter(example = Examples.DEPLOYMENT_ID) UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 40) @Parameter(description = ApiDocs.IF_MATCH, example = "\"1\"") String ifMatch) {
        DeploymentView v = service.activate(id, ETags.expectedVersion(ifMatch));
        return Responses.ok(v, v.version());
    }

    @POST
    @Path("/{id}/relief")
    @RolesAllowed({Roles.PERSONNEL_WRITE, Roles.ADMIN})
    @Operation(operationId = "relieveDeployment", summary = "Relieve a person from duty · 下沉人员撤回", description = "ACTIVE → RELIEVED.")
    @APIResponse(responseCode = "200", description = "Relieved; ETag is the new version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeploymentView.class)))
    @APIResponse(responseCode = "409", description = "Not ACTIVE (invalid-state-transition).")
    @APIResponse(responseCode = "412", description = "If-Match names an older version.")
    public Response relieve(@PathParam("id") @Parameter(example = Examples.DEPLOYMENT_ID) UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 40) @Parameter(description = ApiDocs.IF_MATCH, example = "\"1\"") String ifMatch) {
        DeploymentView v = service.relieve(id, ETags.expectedVersion(ifMatch));
        return Responses.ok(v, v.version());
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed({Roles.PERSONNEL_WRITE, Roles.ADMIN})
    @Operation(operationId = "cancelDeployment", summary = "Cancel a deployment · 取消下沉部署", description = "PLANNED or ACTIVE → CANCELLED.")
    @APIResponse(responseCode = "200", description = "Cancelled; ETag is the new version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeploymentView.class)))
    @APIResponse(responseCode = "409", description = "Already RELIEVED or CANCELLED (invalid-state-transition).")
    @APIResponse(responseCode = "412", description = "If-Match names an older version.")
    public Response cancel(@PathParam("id") @Parameter(example = Examples.DEPLOYMENT_ID) UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 40) @Parameter(description = ApiDocs.IF_MATCH, example = "\"1\"") String ifMatch) {
        DeploymentView v = service.cancel(id, ETags.expectedVersion(ifMatch));
        return Responses.ok(v, v.version());
    }
}
