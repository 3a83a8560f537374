package cn.gov.epidemic.passes;

/**
 * Why a code was accepted or refused. The order of the checks is: syntax, signature, revocation, use, vehicle,
 * validity window, occupants; the first that fails is the reason.
 */
public enum Reason {
    /** The code is genuine, in force, not revoked or used, and presented on its vehicle. */
    VALID,
    /** Not a pass code at all: wrong prefix or structure (CP1.&lt;payload&gt;.&lt;signature&gt;). */
    MALFORMED,
    /** The signature is not one of a published key: unknown key id, or not an Ed25519 signature at all (forged). */
    BAD_SIGNATURE,
    /** The code has the structure of a pass but its content no longer matches its signature (changed after signing). */
    ALTERED,
    /** Revoked by the issuing body. */
    REVOKED,
    /** A one-trip pass whose arrival has been recorded: void. */
    USED,
    /** Presented on another vehicle than the one it was issued for (not transferable). */
    WRONG_VEHICLE,
    /** The validity window has not begun. */
    NOT_YET_VALID,
    /** The validity window has ended. */
    EXPIRED,
    /** More people in the vehicle than the pass lists. */
    TOO_MANY_OCCUPANTS
}
