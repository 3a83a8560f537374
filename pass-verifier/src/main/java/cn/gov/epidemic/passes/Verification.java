package cn.gov.epidemic.passes;

/**
 * The outcome of verifying a code: valid or not, the reason, and the pass as decoded (null when the code could not be
 * decoded; present, for information only, when the signature held but another check failed).
 */
public record Verification(boolean valid, Reason reason, PassPayload pass, String detail) {

    static Verification ok(PassPayload p) {
        return new Verification(true, Reason.VALID, p, "genuine and in force");
    }

    static Verification refused(Reason r, PassPayload p, String detail) {
        return new Verification(false, r, p, detail);
    }
}
