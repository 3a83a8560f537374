package cn.gov.epidemic.personnel.rest;

import cn.gov.epidemic.kit.rest.Filter;
import cn.gov.epidemic.kit.audit.Caller;
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
import cn.gov.epidemic.personnel.KeyPersonCategory;
import cn.gov.epidemic.personnel.ObservationState;
import cn.gov.epidemic.personnel.api.DivisionApi;
import cn.gov.epidemic.personnel.api.FieldApi.ChangeView;
import cn.gov.epidemic.personnel.api.FieldApi.FollowUpView;
import cn.gov.epidemic.personnel.api.FieldApi.KeyPersonView;
import cn.gov.epidemic.personnel.api.FieldApi.NewFollowUp;
import cn.gov.epidemic.personnel.api.FieldApi.NewKeyPerson;
import cn.gov.epidemic.personnel.api.FieldApi.PeriodChange;
import cn.gov.epidemic.personnel.api.FieldApi.Referral;
import cn.gov.epidemic.personnel.api.FieldApi.Release;
import cn.gov.epidemic.personnel.service.KeyPersonService;

/** Key persons under home observation and their daily follow-ups. */
@Path(ApiDocs.BASE + "/key-persons")
@Tag(name = "Key persons", description = "Key persons (from Wuhan, elsewhere in Hubei, other provinces since 13 January 2020) under home observation, daily follow-ups, release or referral.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KeyPersonResource {

    private static final String HEALTH = " Temperatures and symptoms are health data: null unless the caller has personnel:pii.";

    @Inject
    KeyPersonService service;
    @Inject
    IdempotencyKeys idempotency;
    @Inject
    Caller caller;

    private boolean reveal() {
        return caller.hasRole(Roles.PERSONNEL_PII);
    }

    @POST
    @RolesAllowed({Roles.PERSONNEL_WRITE, Roles.ADMIN})
    @Operation(operationId = "registerKeyPerson", summary = "Place a key person under home observation · 重点人员居家观察登记", description = "Default period 14 days from today." + ApiDocs.PII)
    @APIResponse(responseCode = "201", description = "Registered; Location names it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KeyPersonView.class)))
    public Response register(@HeaderParam(IdempotencyKeys.HEADER) @Size(max = 200) @Parameter(description = ApiDocs.IDEMPOTENCY, example = ApiDocs.IDEMPOTENCY_EXAMPLE) String idempotencyKey,
                             @NotNull @Valid @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   examples = @ExampleObject(name = "new-key-person", value = Examples.NEW_KEY_PERSON))) NewKeyPerson body, @Context UriInfo uri) {
        boolean reveal = reveal();
        return idempotency.execute(idempotencyKey, "POST key-persons", body, () -> {
            KeyPersonView v = service.register(body, reveal);
            return Responses.created(uri, v.id(), v, v.version());
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PERSONNEL_READ, Roles.ADMIN})
    @Operation(operationId = "getKeyPerson", summary = "Read a key person · 查询重点人员" , description = ApiDocs.PII)
    @APIResponse(responseCode = "200", description = "The key person; ETag is the version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KeyPersonView.class)))
    public Response get(@PathParam("id") @Parameter(example = Examples.KEY_PERSON_ID) UUID id) {
        KeyPersonView v = service.get(id, reveal());
        return Responses.ok(v, v.version());
    }

    @GET
    @RolesAllowed({Roles.PERSONNEL_READ, Roles.ADMIN})
    @Operation(operationId = "listKeyPersons", summary = "List key persons · 重点人员列表", description = "Filters: state, category, divisionCode, referralId (the checkpoint referral an observation was opened from). Sort by name, arrivedOn, observationStart, category, state, createdAt." + ApiDocs.PII)
    @Extension(name = "x-sort-fields", value = "name,arrivedOn,observationStart,category,state,createdAt")
    @APIResponse(responseCode = "200", description = "A page of key persons.")
    public Page<KeyPersonView> list(@QueryParam("state") @Parameter(example = "UNDER_OBSERVATION") ObservationState state, @QueryParam("category") @Parameter(example = "FROM_WUHAN") KeyPersonCategory category,
                                    @QueryParam("divisionCode") @Pattern(regexp = DivisionApi.CODE, message = DivisionApi.CODE_MESSAGE) @Size(max = 12) @Parameter(description = Filter.WITHIN_DIVISION, example = "152502") String divisionCode,
                                    @QueryParam("referralId") @Parameter(description = "checkpoint-service's referral id (flow 3).", example = Examples.REFERRAL_ID) UUID referralId,
                                    @Valid @BeanParam PageQuery page) {
        return service.list(state, category, divisionCode, referralId, page, reveal());
    }

    @GET
    @Path("/overdue-follow-ups")
    @RolesAllowed({Roles.PERSONNEL_READ, Roles.ADMIN})
    @Operation(operationId = "listOverdueFollowUps", summary = "Key persons whose follow-up for a day is missing · 当日未随访的重点人员",
            description = "Under observation on that day (default today, Asia/Shanghai) with no follow-up recorded for it." + ApiDocs.PII)
    @Extension(name = "x-sort-fields", value = "name,arrivedOn,observationStart,category,state,createdAt")
    @APIResponse(responseCode = "200", description = "A page of key persons.")
    public Page<KeyPersonView> overdue(@QueryParam("date") @Parameter(example = "2020-02-03") LocalDate date,
                                       @QueryParam("divisionCode") @Pattern(regexp = DivisionApi.CODE, message = DivisionApi.CODE_MESSAGE) @Size(max = 12) @Parameter(description = Filter.WITHIN_DIVISION, example = "152502") String divisionCode,
                                       @Valid @BeanParam PageQuery page) {
        return service.overdue(date, divisionCode, page, reveal());
    }

    @POST
    @Path("/{id}/observation-period")
    @RolesAllowed({Roles.PERSONNEL_WRITE, Roles.ADMIN})
    @Operation(operationId = "changeObservationPeriod", summary = "Extend (or, confirmed, shorten) the observation · 延长(或经确认缩短)观察期",
            description = "Every change is recorded with who, when and why (GET .../observation-period-changes). Shortening needs confirmShortening=true and may not end the observation before today.")
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KeyPersonView.class)))
    @APIResponse(responseCode = "409", description = "Shortening unconfirmed or too far, period unchanged, or observation already ended.")
    @APIResponse(responseCode = "412", description = "If-Match names an older version.")
    public Response changePeriod(@PathParam("id") @Parameter(example = Examples.KEY_PERSON_ID) UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 40) @Parameter(description = ApiDocs.IF_MATCH, example = "\"1\"") String ifMatch,
                                 @NotNull @Valid @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   examples = @ExampleObject(name = "period-change", value = Examples.PERIOD_CHANGE))) PeriodChange body) {
        KeyPersonView v = service.changePeriod(id, body, ETags.expectedVersion(ifMatch), reveal());
        return Responses.ok(v, v.version());
    }

    @GET
    @Path("/{id}/observation-period-changes")
    @RolesAllowed({Roles.PERSONNEL_READ, Roles.ADMIN})
    @Operation(operationId = "listObservationPeriodChanges", summary = "The recorded changes of the observation period · 观察期变更记录", description = "Every change of the observation length, oldest first: who changed it, when, from and to how many days, and why.")
    @APIResponse(responseCode = "200", description = "Changes, oldest first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ChangeView.class, maxItems = Bounds.WHOLE_LIST)))
    public List<ChangeView> changes(@PathParam("id") @Parameter(example = Examples.KEY_PERSON_ID) UUID id) {
        return service.changes(id);
    }

    @POST
    @Path("/{id}/follow-ups")
    @RolesAllowed({Roles.PERSONNEL_WRITE, Roles.ADMIN})
    @Operation(operationId = "recordFollowUp", summary = "Record the daily follow-up · 登记每日随访", description = "One per day within the observation; temperature ≥ 37.3 °C is a fever." + HEALTH)
    @APIResponse(responseCode = "201", description = "Recorded.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUpView.class)))
    @APIResponse(responseCode = "409", description = "A follow-up for that day exists (follow-up-exists), or the observation has ended.")
    public Response followUp(@PathParam("id") @Parameter(example = Examples.KEY_PERSON_ID) UUID id, @HeaderParam(IdempotencyKeys.HEADER) @Size(max = 200) @Parameter(description = ApiDocs.IDEMPOTENCY, example = ApiDocs.IDEMPOTENCY_EXAMPLE) String idempotencyKey,
                             @NotNull @Valid @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   examples = @ExampleObject(name = "new-follow-up", value = Examples.NEW_FOLLOW_UP))) NewFollowUp body, @Context UriInfo uri) {
        boolean reveal = reveal();
        return idempotency.execute(idempotencyKey, "POST key-persons/" + id + "/follow-ups", body, () -> {
            FollowUpView v = service.followUp(id, body, reveal);
            return Responses.created(uri, v.id(), v);
        });
    }

    @GET
    @Path("/{id}/follow-ups")
    @RolesAllowed({Roles.PERSONNEL_READ, Roles.ADMIN})
    @Operation(operationId = "listFollowUps", summary = "A key person's follow-ups · 重点人员随访记录", description = "Oldest first." + HEALTH)
    @APIResponse(responseCode = "200", description = "The follow-ups: at most one a day of an observation of at most 60 days.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = FollowUpView.class, maxItems = 60)))
    public List<FollowUpView> followUps(@PathParam("id") @Parameter(example = Examples.KEY_PERSON_ID) UUID id) {
        return service.followUps(id, reveal());
    }

    @POST
    @Path("/{id}/release")
    @RolesAllowed({Roles.PERSONNEL_WRITE, Roles.ADMIN})
    @Operation(operationId = "releaseKeyPerson", summary = "End the observation with release · 解除居家观察", description = "Only after the full period (observation-not-complete otherwise).")
    @APIResponse(responseCode = "200", description = "Released.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KeyPersonView.class)))
    @APIResponse(responseCode = "409", description = "Period not complete, or the observation has ended.")
    @APIResponse(responseCode = "412", description = "If-Match names an older version.")
    public Response release(@PathParam("id") @Parameter(example = Examples.KEY_PERSON_ID) UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 40) @Parameter(description = ApiDocs.IF_MATCH, example = "\"1\"") String ifMatch,
                            @NotNull @Valid @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   examples = @ExampleObject(name = "release", value = Examples.RELEASE))) Release body) {
        KeyPersonView v = service.release(id, body, ETags.expectedVersion(ifMatch), reveal());
        return Responses.ok(v, v.version());
    }

    @POST
    @Path("/{id}/referral")
    @RolesAllowed({Roles.PERSONNEL_WRITE, Roles.ADMIN})
    @Operation(operationId = "referKeyPerson", summary = "End the observation with referral to hospital · 转送定点医院", description = "Ends the observation: the person is transferred to a designated hospital (with the reason). Publishes observation.referred.")
    @APIResponse(responseCode = "200", description = "Referred.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KeyPersonView.class)))
    @APIResponse(responseCode = "409", description = "The observation has ended.")
    @APIResponse(responseCode = "412", description = "If-Match names an older version.")
    public Response refer(@PathParam("id") @Parameter(example = Examples.KEY_PERSON_ID) UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 40) @Parameter(description = ApiDocs.IF_MATCH, example = "\"1\"") String ifMatch,
                          @NotNull @Valid @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   examples = @ExampleObject(name = "referral", value = Examples.REFERRAL))) Referral body) {
        KeyPersonView v = service.refer(id, body, ETags.expectedVersion(ifMatch), reveal());
        return Responses.ok(v, v.version());
    }
}
