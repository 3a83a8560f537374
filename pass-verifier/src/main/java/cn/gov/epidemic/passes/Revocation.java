package cn.gov.epidemic.passes;

import java.time.Instant;
import java.util.UUID;

/** An entry of the published revocation list: a pass that is void, because it was revoked ({@link Reason#REVOKED}) or used ({@link Reason#USED}). */
public record Revocation(UUID passId, Reason reason, Instant at) {

    public Revocation {
        if (passId == null) throw new IllegalArgumentException("passId required");
        if (reason != Reason.REVOKED && reason != Reason.USED) throw new IllegalArgumentException("reason must be REVOKED or USED");
    }
}
