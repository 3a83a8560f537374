package cn.gov.epidemic.personnel.rest;

import cn.gov.epidemic.kit.web.Filter;
import cn.gov.epidemic.kit.security.Roles;
import cn.gov.epidemic.kit.web.IdempotencyKeys;
import cn.gov.epidemic.kit.web.Page;
import cn.gov.epidemic.kit.web.PageQuery;
import cn.gov.epidemic.kit.web.Responses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;
import cn.gov.epidemic.personnel.TeamKind;
import cn.gov.epidemic.personnel.api.DivisionApi;
import cn.gov.epidemic.personnel.api.TeamApi.MemberView;
import cn.gov.epidemic.personnel.api.TeamApi.NewMember;
import cn.gov.epidemic.personnel.api.TeamApi.NewTeam;
import cn.gov.epidemic.personnel.api.TeamApi.TeamView;
import cn.gov.epidemic.personnel.service.TeamService;

/** Teams and their members. */
@Path(ApiDocs.BASE + "/teams")
@Tag(name = "Teams", description = "Shock, guard, special and volunteer service teams, spearhead squads and vanguard teams, with their members.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamResource {

    @Inject
    TeamService service;
    @Inject
    IdempotencyKeys idempotency;

    @POST
    @RolesAllowed({Roles.PERSONNEL_WRITE, Roles.ADMIN})
    @Operation(operationId = "createTeam", summary = "Create a team", description = "A shock, guard, special or volunteer service team, a spearhead squad or a vanguard team, in a division.")
    @APIResponse(responseCode = "201", description = "Created; Location names it.")
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = ApiDocs.IDEMPOTENCY) String idempotencyKey,
                           @NotNull @Valid NewTeam body, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST teams", body, () -> {
            TeamView v = service.create(body);
            return Responses.created(uri, v.id(), v, v.version());
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PERSONNEL_READ, Roles.ADMIN})
    @Operation(operationId = "getTeam", summary = "Read a team", description = "A team with the number of its members.")
    @APIResponse(responseCode = "200", description = "The team and its size.")
    public TeamView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @RolesAllowed({Roles.PERSONNEL_READ, Roles.ADMIN})
    @Operation(operationId = "listTeams", summary = "List teams", description = "Filters: kind, divisionCode. Sort by name, kind, createdAt.")
    @APIResponse(responseCode = "200", description = "A page of teams.")
    public Page<TeamView> list(@QueryParam("kind") TeamKind kind,
                               @QueryParam("divisionCode") @Pattern(regexp = DivisionApi.CODE, message = DivisionApi.CODE_MESSAGE) @Parameter(description = Filter.WITHIN_DIVISION) String divisionCode,
                               @Valid @BeanParam PageQuery page) {
        return service.list(kind, divisionCode, page);
    }

    @GET
    @Path("/{id}/members")
    @RolesAllowed({Roles.PERSONNEL_READ, Roles.ADMIN})
    @Operation(operationId = "listTeamMembers", summary = "List a team's members", description = "The members of a team with their category and role, in joining order.")
    @APIResponse(responseCode = "200", description = "The members, in joining order.")
    public List<MemberView> members(@PathParam("id") UUID id) {
        return service.members(id);
    }

    @POST
    @Path("/{id}/members")
    @RolesAllowed({Roles.PERSONNEL_WRITE, Roles.ADMIN})
    @Operation(operationId = "addTeamMember", summary = "Add a member to a team", description = "Adds a person to a team with a role.")
    @APIResponse(responseCode = "201", description = "Added.")
    @APIResponse(responseCode = "409", description = "Already a member (type already-team-member).")
    public Response addMember(@PathParam("id") UUID id, @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = ApiDocs.IDEMPOTENCY) String idempotencyKey,
                              @NotNull @Valid NewMember body, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST teams/" + id + "/members", body, () -> {
            MemberView v = service.addMember(id, body);
            return Responses.created(uri, v.personId(), v);
        });
    }

    @DELETE
    @Path("/{id}/members/{personId}")
    @RolesAllowed({Roles.PERSONNEL_WRITE, Roles.ADMIN})
    @Operation(operationId = "removeTeamMember", summary = "Remove a member from a team", description = "Removes a person from a team.")
    @APIResponse(responseCode = "204", description = "Removed.")
    public void removeMember(@PathParam("id") UUID id, @PathParam("personId") UUID personId) {
        service.removeMember(id, personId);
    }
}
