package cn.gov.epidemic.checkpoint.rest;

import cn.gov.epidemic.checkpoint.api.PassApi.KeySet;
import cn.gov.epidemic.checkpoint.api.PassApi.RevocationList;
import cn.gov.epidemic.checkpoint.service.PassKeys;
import cn.gov.epidemic.checkpoint.service.PassService;
import cn.gov.epidemic.kitweb.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
@Path(ApiDocs.BASE + "/pass-keys")
@Tag(name = "Offline verification", description = "The documents a checkpoint device keeps to verify pass codes without a connection (see the pass-verifier module: cn.gov.epidemic.passes.OfflineVerify), and the rotation of the signing key.")
@Produces(MediaType.APPLICATION_JSON)
public class PassKeyResource {

    @Inject
    PassKeys keys;
    @Inject
    PassService passes;

    @GET
    @RolesAllowed({Roles.CHECKPOINT_READ, Roles.CHECKPOINT_INSPECT, Roles.PASS_ISSUE, Roles.ADMIN})
    @Operation(operationId = "getPassKeys", summary = "The published pass-signing keys · 通行证签名公钥", description = "Every Ed25519 public key (base64 X.509 SubjectPublicKeyInfo) by key id; a code names its key id in its payload.")
    @APIResponse(responseCode = "200", description = "The key set.")
    public KeySet keys() {
        return keys.keySet();
    }

    @POST
    @Path("/rotation")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "rotatePassKey", summary = "Rotate the pass-signing key · 轮换通行证签名密钥",
            description = "A new Ed25519 key signs every pass issued from now on. The previous key is retired, not deleted: it keeps verifying the passes it signed, and stays in the published key set until the last of them expires, so devices keep accepting them offline after their next synchronisation. Rotate on a schedule or when a key may be compromised (then also revoke its passes).")
    @APIResponse(responseCode = "200", description = "The published key set after the rotation; the first key is the new signing key.")
    public KeySet rotate() {
        return keys.rotate();
    }
}
