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
import cn.gov.epidemic.personnel.api.Bounds;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
    @Operation(operationId = "createTeam", summary = "Create a team · 组建队伍", description = "A shock, guard, special or volunteer service team, a spearhead squad or a vanguard team, in a division.")
    @APIResponse(responseCode = "201", description = "Created; Location names it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamView.class)))
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) @Size(max = 200) @Parameter(description = ApiDocs.IDEMPOTENCY, example = ApiDocs.IDEMPOTENCY_EXAMPLE) String idempotencyKey,
                           @NotNull @Valid @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   examples = @ExampleObject(name = "new-team", value = Examples.NEW_TEAM))) NewTeam body, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST teams", body, () -> {
            TeamView v = service.create(body);
            return Responses.created(uri, v.id(), v, v.version());
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PERSONNEL_READ, Roles.ADMIN})
    @Operation(operationId = "getTeam", summary = "Read a team · 查询队伍", description = "A team with the number of its members.")
    @APIResponse(responseCode = "200", description = "The team and its size.")
    public TeamView get(@PathParam("id") @Parameter(example = Examples.TEAM_ID) UUID id) {
        return service.get(id);
    }

    @GET
    @RolesAllowed({Roles.PERSONNEL_READ, Roles.ADMIN})
    @Operation(operationId = "listTeams", summary = "List teams · 队伍列表", description = "Filters: kind, divisionCode. Sort by name, kind, createdAt.")
    @Extension(name = "x-sort-fields", value = "name,kind,createdAt")
    @APIResponse(responseCode = "200", description = "A page of teams.")
    public Page<TeamView> list(@QueryParam("kind") @Parameter(example = "VOLUNTEER_SERVICE_TEAM") TeamKind kind,
                               @QueryParam("divisionCode") @Pattern(regexp = DivisionApi.CODE, message = DivisionApi.CODE_MESSAGE) @Size(max = 12) @Parameter(description = Filter.WITHIN_DIVISION, example = "152921") String divisionCode,
                               @Valid @BeanParam PageQuery page) {
        return service.list(kind, divisionCode, page);
    }

    @GET
    @Path("/{id}/members")
    @RolesAllowed({Roles.PERSONNEL_READ, Roles.ADMIN})
    @Operation(operationId = "listTeamMembers", summary = "List a team's members · 队伍成员列表", description = "The members of a team with their category and role, in joining order.")
    @APIResponse(responseCode = "200", description = "The members, in joining order.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = MemberView.class, maxItems = Bounds.WHOLE_LIST)))
    public List<MemberView> members(@PathParam("id") @Parameter(example = Examples.TEAM_ID) UUID id) {
        return service.members(id);
    }

    @POST
    @Path("/{id}/members")
    @RolesAllowed({Roles.PERSONNEL_WRITE, Roles.ADMIN})
    @Operation(operationId = "addTeamMember", summary = "Add a member to a team · 添加队员", description = "Adds a person to a team with a role.")
    @APIResponse(responseCode = "201", description = "Added.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "409", description = "Already a member (type already-team-member).")
    public Response addMember(@PathParam("id") @Parameter(example = Examples.TEAM_ID) UUID id, @HeaderParam(IdempotencyKeys.HEADER) @Size(max = 200) @Parameter(description = ApiDocs.IDEMPOTENCY, example = ApiDocs.IDEMPOTENCY_EXAMPLE) String idempotencyKey,
                              @NotNull @Valid @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   examples = @ExampleObject(name = "new-member", value = Examples.NEW_MEMBER))) NewMember body, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST teams/" + id + "/members", body, () -> {
            MemberView v = service.addMember(id, body);
            return Responses.created(uri, v.personId(), v);
        });
    }

    @DELETE
    @Path("/{id}/members/{personId}")
    @RolesAllowed({Roles.PERSONNEL_WRITE, Roles.ADMIN})
    @Operation(operationId = "removeTeamMember", summary = "Remove a member from a team · 移除队员", description = "Removes a person from a team.")
    @APIResponse(responseCode = "204", description = "Removed.")
    public void removeMember(@PathParam("id") @Parameter(example = Examples.TEAM_ID) UUID id, @PathParam("personId") @Parameter(example = Examples.PERSON_ID) UUID personId) {
        service.removeMember(id, personId);
    }
}
