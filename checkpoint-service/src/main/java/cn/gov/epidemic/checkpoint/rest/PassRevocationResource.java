package cn.gov.epidemic.checkpoint.rest;

import cn.gov.epidemic.checkpoint.api.PassApi.KeySet;
import cn.gov.epidemic.checkpoint.api.PassApi.RevocationList;
import cn.gov.epidemic.checkpoint.service.PassKeys;
import cn.gov.epidemic.checkpoint.service.PassService;
import cn.gov.epidemic.kitweb.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;

/** What an offline checkpoint device synchronises: the public keys and the revocation list (as a delta). */
@Path(ApiDocs.BASE + "/pass-revocations")
@Tag(name = "Offline verification", description = "The documents a checkpoint device keeps to verify pass codes without a connection (see the pass-verifier module: cn.gov.epidemic.passes.OfflineVerify).")
@Produces(MediaType.APPLICATION_JSON)
public class PassRevocationResource {

    @Inject
    PassKeys keys;
    @Inject
    PassService passes;

    @GET
    @RolesAllowed({Roles.CHECKPOINT_READ, Roles.CHECKPOINT_INSPECT, Roles.PASS_ISSUE, Roles.ADMIN})
    @Operation(operationId = "getPassRevocations", summary = "The revocation list (delta with since) · 通行证作废名单（增量）", description = "Passes made void (REVOKED, or USED once arrival is recorded). Without since: every void pass still within a day of its validity. With since: those made void after it; pass the previous answer's asOf as the next since (entries may repeat, never be missed).")
    @APIResponse(responseCode = "200", description = "The void passes.")
    public RevocationList revocations(@QueryParam("since") @Parameter(description = "ISO 8601 instant with offset, e.g. 2020-02-10T08:00:00+08:00 (URL-encode the +).", example = "2020-02-10T08:00:00+08:00") OffsetDateTime since) {
        return passes.revocations(since);
    }
}
