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

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import cn.gov.epidemic.personnel.PostKind;
import cn.gov.epidemic.personnel.api.DivisionApi;
import cn.gov.epidemic.personnel.api.PostApi.Coverage;
import cn.gov.epidemic.personnel.api.PostApi.NewPost;
import cn.gov.epidemic.personnel.api.PostApi.NewShift;
import cn.gov.epidemic.personnel.api.PostApi.PostView;
import cn.gov.epidemic.personnel.api.PostApi.ShiftView;
import cn.gov.epidemic.personnel.service.PostService;

/** Duty posts, shifts and 24-hour coverage. */
@Path(ApiDocs.BASE + "/posts")
@Tag(name = "Duty posts", description = "Vanguard posts and persuasion stations, their shifts, and the gaps in their 24-hour cover.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PostResource {

    @Inject
    PostService service;
    @Inject
    IdempotencyKeys idempotency;

    @POST
    @RolesAllowed({Roles.PERSONNEL_WRITE, Roles.ADMIN})
    @Operation(operationId = "createPost", summary = "Create a duty post · 设立执勤岗", description = "A vanguard post or persuasion station in a division, to be covered by shifts around the clock.")
    @APIResponse(responseCode = "201", description = "Created; Location names it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostView.class)))
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) @Size(max = 200) @Parameter(description = ApiDocs.IDEMPOTENCY, example = ApiDocs.IDEMPOTENCY_EXAMPLE) String idempotencyKey,
                           @NotNull @Valid @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   examples = @ExampleObject(name = "new-post", value = Examples.NEW_POST))) NewPost body, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST posts", body, () -> {
            PostView v = service.create(body);
            return Responses.created(uri, v.id(), v, v.version());
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PERSONNEL_READ, Roles.ADMIN})
    @Operation(operationId = "getPost", summary = "Read a duty post · 查询执勤岗", description = "A duty post. Its shifts and 24-hour coverage are under /shifts and /coverage.")
    @APIResponse(responseCode = "200", description = "The post.")
    public PostView get(@PathParam("id") @Parameter(example = Examples.POST_ID) UUID id) {
        return service.get(id);
    }

    @GET
    @RolesAllowed({Roles.PERSONNEL_READ, Roles.ADMIN})
    @Operation(operationId = "listPosts", summary = "List duty posts · 执勤岗列表", description = "Filters: kind, divisionCode. Sort by name, kind.")
    @Extension(name = "x-sort-fields", value = "name,kind")
    @APIResponse(responseCode = "200", description = "A page of posts.")
    public Page<PostView> list(@QueryParam("kind") @Parameter(example = "PERSUASION_STATION") PostKind kind,
                               @QueryParam("divisionCode") @Pattern(regexp = DivisionApi.CODE, message = DivisionApi.CODE_MESSAGE) @Size(max = 12) @Parameter(description = Filter.WITHIN_DIVISION, example = "152224") String divisionCode,
                               @Valid @BeanParam PageQuery page) {
        return service.list(kind, divisionCode, page);
    }

    @POST
    @Path("/{id}/shifts")
    @RolesAllowed({Roles.PERSONNEL_WRITE, Roles.ADMIN})
    @Operation(operationId = "scheduleShift", summary = "Schedule a shift at a post · 安排执勤班次", description = "A person or a team covers the post from startsAt to endsAt (at most 24 hours).")
    @APIResponse(responseCode = "201", description = "Scheduled.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShiftView.class)))
    public Response schedule(@PathParam("id") @Parameter(example = Examples.POST_ID) UUID id, @HeaderParam(IdempotencyKeys.HEADER) @Size(max = 200) @Parameter(description = ApiDocs.IDEMPOTENCY, example = ApiDocs.IDEMPOTENCY_EXAMPLE) String idempotencyKey,
                             @NotNull @Valid @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   examples = @ExampleObject(name = "new-shift", value = Examples.NEW_SHIFT))) NewShift body, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST posts/" + id + "/shifts", body, () -> {
            ShiftView v = service.schedule(id, body);
            return Responses.created(uri, v.id(), v);
        });
    }

    @GET
    @Path("/{id}/shifts")
    @RolesAllowed({Roles.PERSONNEL_READ, Roles.ADMIN})
    @Operation(operationId = "listShifts", summary = "Shifts of a post on a day · 执勤岗当日班次", description = "Shifts overlapping the calendar day (Asia/Shanghai); date defaults to today.")
    @APIResponse(responseCode = "200", description = "The shifts in start order.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ShiftView.class, maxItems = Bounds.WHOLE_LIST)))
    public List<ShiftView> shifts(@PathParam("id") @Parameter(example = Examples.POST_ID) UUID id, @QueryParam("date") @Parameter(example = "2020-02-03") LocalDate date) {
        return service.shifts(id, date != null ? date : LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
    }

    @GET
    @Path("/{id}/coverage")
    @RolesAllowed({Roles.PERSONNEL_READ, Roles.ADMIN})
    @Operation(operationId = "getPostCoverage", summary = "24-hour coverage of a post on a day, with the gaps · 执勤岗全天值守覆盖及空档",
            description = "Merges the day's shifts; every period with nobody on duty is listed as a gap. date defaults to today (Asia/Shanghai).")
    @APIResponse(responseCode = "200", description = "Covered minutes and the gaps.")
    public Coverage coverage(@PathParam("id") @Parameter(example = Examples.POST_ID) UUID id, @QueryParam("date") @Parameter(example = "2020-02-03") LocalDate date) {
        return service.coverage(id, date != null ? date : LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
    }
}
