package cn.gov.epidemic.checkpoint.rest;

import cn.gov.epidemic.kit.rest.Responses;
import cn.gov.epidemic.checkpoint.ReferralState;
import cn.gov.epidemic.checkpoint.api.InspectionApi.NewHandover;
import cn.gov.epidemic.checkpoint.api.InspectionApi.NewTransfer;
import cn.gov.epidemic.checkpoint.api.InspectionApi.ReferralView;
import cn.gov.epidemic.checkpoint.service.InspectionService;
import cn.gov.epidemic.kitweb.security.Roles;
import cn.gov.epidemic.kit.rest.ETags;
import cn.gov.epidemic.kit.rest.Page;
import cn.gov.epidemic.kit.rest.PageQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Fever referrals: the detection-and-transfer procedure, each step recorded as it happens. */
@Path(ApiDocs.BASE + "/referrals")
@Tag(name = "Referrals", description = "Detection-and-transfer of people with a fever found at a checkpoint (高温人群发现转送机制): DETECTED → IN_TRANSFER → HANDED_OVER at the designated hospital.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralResource {

    @Inject
    InspectionService service;

    @GET
    @RolesAllowed({Roles.CHECKPOINT_READ, Roles.CHECKPOINT_INSPECT, Roles.ADMIN})
    @Operation(operationId = "listReferrals", summary = "List referrals · 查询发热人员转送", description = "Filters: checkpointId, state. Sort by detectedAt, state." + ApiDocs.PII)
    @Extension(name = "x-sort-fields", value = "detectedAt,state")
    @APIResponse(responseCode = "200", description = "A page of referrals.")
    public Page<ReferralView> list(@QueryParam("checkpointId") @Parameter(description = "Referrals opened at this checkpoint.", example = ApiDocs.ID_EXAMPLE) UUID checkpointId,
                                   @QueryParam("state") @Parameter(example = "DETECTED") ReferralState state,
                                   @Valid @BeanParam PageQuery page) {
        return service.referrals(checkpointId, state, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CHECKPOINT_READ, Roles.CHECKPOINT_INSPECT, Roles.ADMIN})
    @Operation(operationId = "getReferral", summary = "Read a referral · 查看发热人员转送", description = "ETag is the version." + ApiDocs.PII)
    @APIResponse(responseCode = "200", description = "The referral.")
    public RestResponse<ReferralView> get(@PathParam("id") @Parameter(description = ApiDocs.ID, example = ApiDocs.ID_EXAMPLE) UUID id) {
        ReferralView v = service.referral(id);
        return Responses.typedOk(v, v.version());
    }

    @POST
    @Path("/{id}/transfer")
    @RolesAllowed({Roles.CHECKPOINT_INSPECT, Roles.ADMIN})
    @Operation(operationId = "startReferralTransfer", summary = "Record the start of the transfer · 登记开始转送", description = "DETECTED → IN_TRANSFER at the current time; the hospital may be changed.")
    @APIResponse(responseCode = "200", description = "In transfer; ETag is the new version.")
    @APIResponse(responseCode = "409", description = "Not DETECTED (invalid-state-transition).")
    @APIResponse(responseCode = "412", description = "If-Match names an older version.")
    public RestResponse<ReferralView> transfer(@PathParam("id") @Parameter(description = ApiDocs.ID, example = ApiDocs.ID_EXAMPLE) UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = ApiDocs.IF_MATCH, example = ApiDocs.IF_MATCH_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 40)) String ifMatch,
                             @NotNull @Valid NewTransfer body) {
        ReferralView v = service.startTransfer(id, body, ETags.expectedVersion(ifMatch));
        return Responses.typedOk(v, v.version());
    }

    @POST
    @Path("/{id}/handover")
    @RolesAllowed({Roles.CHECKPOINT_INSPECT, Roles.ADMIN})
    @Operation(operationId = "recordReferralHandover", summary = "Record the hand-over at the hospital · 登记医院交接", description = "IN_TRANSFER → HANDED_OVER at the current time.")
    @APIResponse(responseCode = "200", description = "Handed over; ETag is the new version.")
    @APIResponse(responseCode = "409", description = "Not IN_TRANSFER (invalid-state-transition).")
    @APIResponse(responseCode = "412", description = "If-Match names an older version.")
    public RestResponse<ReferralView> handover(@PathParam("id") @Parameter(description = ApiDocs.ID, example = ApiDocs.ID_EXAMPLE) UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = ApiDocs.IF_MATCH, example = ApiDocs.IF_MATCH_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 40)) String ifMatch,
                             @NotNull @Valid NewHandover body) {
        ReferralView v = service.handOver(id, body, ETags.expectedVersion(ifMatch));
        return Responses.typedOk(v, v.version());
    }
}
