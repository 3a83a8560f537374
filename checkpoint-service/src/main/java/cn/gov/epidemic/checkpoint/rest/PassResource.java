package cn.gov.epidemic.checkpoint.rest;

import cn.gov.epidemic.kit.rest.Responses;
import cn.gov.epidemic.checkpoint.PassState;
import cn.gov.epidemic.checkpoint.api.PassApi;
import cn.gov.epidemic.checkpoint.api.PassApi.Arrival;
import cn.gov.epidemic.checkpoint.api.PassApi.FilingSummary;
import cn.gov.epidemic.checkpoint.api.PassApi.FilingView;
import cn.gov.epidemic.checkpoint.api.PassApi.NewEmergencyPass;
import cn.gov.epidemic.checkpoint.api.PassApi.NewEnterprisePass;
import cn.gov.epidemic.checkpoint.api.PassApi.NewPrivateCarPass;
import cn.gov.epidemic.checkpoint.api.PassApi.PassView;
import cn.gov.epidemic.checkpoint.api.PassApi.Revoke;
import cn.gov.epidemic.checkpoint.api.PassApi.VerificationView;
import cn.gov.epidemic.checkpoint.api.PassApi.VerifyRequest;
import cn.gov.epidemic.checkpoint.config.CheckpointConfig;
import cn.gov.epidemic.checkpoint.service.PassService;
import cn.gov.epidemic.kitweb.security.Roles;
import cn.gov.epidemic.kit.rest.ETags;
import cn.gov.epidemic.kit.rest.IdempotencyKeys;
import cn.gov.epidemic.kit.rest.Page;
import cn.gov.epidemic.kit.rest.PageQuery;
import cn.gov.epidemic.passes.PassCodes;
import cn.gov.epidemic.passes.PassType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** Vehicle passes: issue, read, code and QR, revocation, arrival, online verification, filing register. */
@Path(ApiDocs.BASE + "/passes")
@Tag(name = "Vehicle passes", description = "Emergency-transport, key-enterprise and private-car city road passes, each with an Ed25519-signed code (text and QR) that a checkpoint verifies online or offline.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PassResource {

    private static final String ISSUED = "Issued and filed with the city transport bureau; Location names it; ETag is its version. The body carries the signed code.";

    @Inject
    PassService service;
    @Inject
    IdempotencyKeys idempotency;
    @Inject
    CheckpointConfig config;

    private Response created(UriInfo uri, Supplier<PassView> issue) {
        PassView v = issue.get();
        return Response.created(uri.getBaseUriBuilder().path(ApiDocs.BASE).path("passes").path(v.id().toString()).build())
                .entity(v).header(HttpHeaders.ETAG, ETags.of(v.version())).build();
    }

    @POST
    @Path("/emergency-transport")
    @RolesAllowed({Roles.PASS_ISSUE, Roles.ADMIN})
    @Operation(operationId = "issueEmergencyTransportPass", summary = "Issue an emergency-transport pass · 核发应急运输通行证", description = "Issued by the transport department. One vehicle, one matter, one pass: a vehicle holds at most one emergency-transport pass in force for a period. Green-lane priority. Validity at most checkpoint.pass.max-validity-days (30)." + ApiDocs.PII)
    @APIResponse(responseCode = "201", description = ISSUED,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PassView.class)))
    @APIResponse(responseCode = "409", description = "The vehicle already has an emergency-transport pass for the period (one-vehicle-one-matter-one-pass).")
    public Response issueEmergency(@HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = ApiDocs.IDEMPOTENCY, example = ApiDocs.IDEMPOTENCY_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = ApiDocs.IDEMPOTENCY_PATTERN)) String idempotencyKey,
                                   @NotNull @Valid NewEmergencyPass body, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST passes/emergency-transport", body, () -> created(uri, () -> service.issueEmergency(body)));
    }

    @POST
    @Path("/key-enterprise")
    @RolesAllowed({Roles.PASS_ISSUE, Roles.ADMIN})
    @Operation(operationId = "issueKeyEnterprisePass", summary = "Issue a key-enterprise transport pass · 核发重点企业运输通行证", description = "For the products and raw materials of an enterprise allowed to keep working." + ApiDocs.PII)
    @APIResponse(responseCode = "201", description = ISSUED,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PassView.class)))
    public Response issueEnterprise(@HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = ApiDocs.IDEMPOTENCY, example = ApiDocs.IDEMPOTENCY_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = ApiDocs.IDEMPOTENCY_PATTERN)) String idempotencyKey,
                                    @NotNull @Valid NewEnterprisePass body, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST passes/key-enterprise", body, () -> created(uri, () -> service.issueEnterprise(body)));
    }

    @POST
    @Path("/private-car")
    @RolesAllowed({Roles.PASS_ISSUE, Roles.ADMIN})
    @Operation(operationId = "issuePrivateCarPass", summary = "Issue a private-car city road pass · 核发私家车市内公路通行证", description = "Issued by the gacha/village or community. Issued only on the day before departure; lists the driver and at most checkpoint.pass.max-passengers (4) passengers, each with an ID-card number; valid from the departure day for checkpoint.pass.private-trip-days (2) days; void once arrival is recorded; bound to the plate and the number of people." + ApiDocs.PII)
    @APIResponse(responseCode = "201", description = ISSUED,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PassView.class)))
    @APIResponse(responseCode = "409", description = "Not the day before departure (private-pass-issue-day), or too many passengers (too-many-passengers).")
    public Response issuePrivateCar(@HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = ApiDocs.IDEMPOTENCY, example = ApiDocs.IDEMPOTENCY_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = ApiDocs.IDEMPOTENCY_PATTERN)) String idempotencyKey,
                                    @NotNull @Valid NewPrivateCarPass body, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST passes/private-car", body, () -> created(uri, () -> service.issuePrivateCar(body)));
    }

    @GET
    @RolesAllowed({Roles.PASS_ISSUE, Roles.CHECKPOINT_READ, Roles.CHECKPOINT_INSPECT, Roles.ADMIN})
    @Operation(operationId = "listPasses", summary = "List passes · 查询通行证", description = "Filters: type, state, plate, issuingBody. Sort by createdAt, plate, type, validFrom, validUntil, issuingBody." + ApiDocs.PII)
    @Extension(name = "x-sort-fields", value = "createdAt,plate,type,validFrom,validUntil,issuingBody")
    @APIResponse(responseCode = "200", description = "A page of passes.")
    public Page<PassView> list(@QueryParam("type") @Parameter(example = "PRIVATE_CAR") PassType type,
                               @QueryParam("state") @Parameter(example = "ACTIVE") PassState state,
                               @QueryParam("plate") @Size(max = 12) @Pattern(regexp = PassApi.PLATE, message = PassApi.PLATE_MESSAGE)
                               @Parameter(description = "Exact plate.", example = "蒙D12345") String plate,
                               @QueryParam("issuingBody") @Size(max = 120) @Parameter(description = "Part of the issuing body's name, ignoring case.", example = "长青社区") String issuingBody, @Valid @BeanParam PageQuery page) {
        return service.list(type, state, plate, issuingBody, page);
    }

    @GET
    @Path("/filings")
    @RolesAllowed({Roles.PASS_ISSUE, Roles.CHECKPOINT_READ, Roles.ADMIN})
    @Operation(operationId = "listPassFilings", summary = "The filing register of the city transport bureau · 市交通运输局备案登记", description = "Every issue as filed (各地发放情况要报市交通运输局备案). Filters: issuingBody, type. Sort by filedAt, issuingBody.")
    @Extension(name = "x-sort-fields", value = "filedAt,issuingBody")
    @APIResponse(responseCode = "200", description = "A page of filing records.")
    public Page<FilingView> filings(@QueryParam("issuingBody") @Size(max = 120) @Parameter(description = "Part of the issuing body's name, ignoring case.", example = "赤峰市交通运输局") String issuingBody,
                                    @QueryParam("type") @Parameter(example = "EMERGENCY_TRANSPORT") PassType type,
                                    @Valid @BeanParam PageQuery page) {
        return service.filings(issuingBody, type, page);
    }

    @GET
    @Path("/filings/summary")
    @RolesAllowed({Roles.PASS_ISSUE, Roles.CHECKPOINT_READ, Roles.ADMIN})
    @Operation(operationId = "summarisePassFilings", summary = "Passes filed per issuing body · 各发证单位备案统计", description = "Count and last filing per issuing body and pass type.")
    @APIResponse(responseCode = "200", description = "One line per issuing body and type.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = FilingSummary.class, maxItems = 50000)))
    public List<FilingSummary> filingSummary() {
        return service.filingSummary();
    }

    @POST
    @Path("/verification")
    @RolesAllowed({Roles.CHECKPOINT_INSPECT, Roles.ADMIN})
    @Operation(operationId = "verifyPass", summary = "Verify a pass code online · 在线核验通行证", description = "Checks the signature against the published keys, then the pass's state: valid, or refused with the reason (BAD_SIGNATURE, ALTERED, REVOKED, USED, WRONG_VEHICLE, NOT_YET_VALID, EXPIRED, TOO_MANY_OCCUPANTS). A refusal is a 200 with valid=false; a string that is not a pass code at all is a 400. Changes nothing.")
    @APIResponse(responseCode = "200", description = "The verification result.")
    public VerificationView verify(@NotNull @Valid VerifyRequest body) {
        Instant at = body.at() == null ? Instant.now() : body.at().toInstant();
        return service.verify(body.code(), body.plate(), body.occupants(), at).view();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PASS_ISSUE, Roles.CHECKPOINT_READ, Roles.CHECKPOINT_INSPECT, Roles.ADMIN})
    @Operation(operationId = "getPass", summary = "Read a pass · 查看通行证", description = "ETag is the version." + ApiDocs.PII)
    @APIResponse(responseCode = "200", description = "The pass.")
    public RestResponse<PassView> get(@PathParam("id") @Parameter(description = ApiDocs.ID, example = ApiDocs.ID_EXAMPLE) UUID id) {
        PassView v = service.get(id);
        return Responses.typedOk(v, v.version());
    }

    @GET
    @Path("/{id}/code")
    @Produces(MediaType.TEXT_PLAIN)
    @RolesAllowed({Roles.PASS_ISSUE, Roles.CHECKPOINT_READ, Roles.CHECKPOINT_INSPECT, Roles.ADMIN})
    @Operation(operationId = "getPassCode", summary = "The signed code as text · 通行证签名码（文本）", description = "CP1.<base64url payload>.<base64url Ed25519 signature>; the payload carries pass id, type, plate, validity window, holder count, issuing body and key id.")
    @APIResponse(responseCode = "200", description = "The code (text/plain).",
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING, maxLength = 800, pattern = PassCodes.SYNTAX)))
    public String code(@PathParam("id") @Parameter(description = ApiDocs.ID, example = ApiDocs.ID_EXAMPLE) UUID id) {
        return service.code(id);
    }

    @GET
    @Path("/{id}/qr")
    @Produces("image/png")
    @RolesAllowed({Roles.PASS_ISSUE, Roles.CHECKPOINT_READ, Roles.CHECKPOINT_INSPECT, Roles.ADMIN})
    @Operation(operationId = "getPassQr", summary = "The signed code as a QR image · 通行证二维码", description = "A PNG QR code (error correction M) of the text code, size×size pixels.")
    @APIResponse(responseCode = "200", description = "The QR image (image/png).",
            content = @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 2_000_000)))
    public Response qr(@PathParam("id") @Parameter(description = ApiDocs.ID, example = ApiDocs.ID_EXAMPLE) UUID id,
                       @QueryParam("size") @DefaultValue("320") @Min(120) @Max(1200) @Parameter(description = "Width and height in pixels, 120 to 1200.", example = "320") Integer size) {
        return Response.ok(service.qr(service.code(id), size), "image/png").build();
    }

    @POST
    @Path("/{id}/revocation")
    @RolesAllowed({Roles.PASS_ISSUE, Roles.ADMIN})
    @Operation(operationId = "revokePass", summary = "Revoke a pass · 撤销通行证", description = "ACTIVE → REVOKED; it enters the revocation list at once.")
    @APIResponse(responseCode = "200", description = "Revoked; ETag is the new version.")
    @APIResponse(responseCode = "409", description = "Already revoked or used (invalid-state-transition).")
    @APIResponse(responseCode = "412", description = "If-Match names an older version.")
    public RestResponse<PassView> revoke(@PathParam("id") @Parameter(description = ApiDocs.ID, example = ApiDocs.ID_EXAMPLE) UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = ApiDocs.IF_MATCH, example = ApiDocs.IF_MATCH_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 40)) String ifMatch,
                           @NotNull @Valid Revoke body) {
        PassView v = service.revoke(id, body, ETags.expectedVersion(ifMatch));
        return Responses.typedOk(v, v.version());
    }

    @POST
    @Path("/{id}/arrival")
    @RolesAllowed({Roles.PASS_ISSUE, Roles.CHECKPOINT_INSPECT, Roles.ADMIN})
    @Operation(operationId = "recordPassArrival", summary = "Record the arrival of a private-car pass · 登记私家车通行证到达", description = "ACTIVE → USED: the trip has ended and the pass is void everywhere (it enters the revocation list as USED).")
    @APIResponse(responseCode = "200", description = "Used; ETag is the new version.")
    @APIResponse(responseCode = "409", description = "Already revoked or used (invalid-state-transition), or not a one-trip pass (pass-not-one-trip).")
    public RestResponse<PassView> arrive(@PathParam("id") @Parameter(description = ApiDocs.ID, example = ApiDocs.ID_EXAMPLE) UUID id, @NotNull @Valid Arrival body) {
        PassView v = service.arrive(id, body);
        return Responses.typedOk(v, v.version());
    }
}
