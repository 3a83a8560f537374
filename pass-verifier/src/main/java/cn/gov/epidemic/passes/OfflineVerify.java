package cn.gov.epidemic.passes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The offline verifier as a command: a checkpoint device with the key set and revocation list it last synchronised,
 * no database, no network.
 *
 * <pre>java -cp pass-verifier.jar cn.gov.epidemic.passes.OfflineVerify keys.json revocations.json CODE [PLATE] [--at 2020-02-10T08:00:00+08:00] [--occupants N]</pre>
 *
 * Prints one line, e.g. {@code VALID pass=… type=PRIVATE_CAR plate=蒙D12345 holders=3 …} or
 * {@code REFUSED WRONG_VEHICLE …}; exit status 0 when valid, 1 when refused, 2 on a usage or input error.
 */
public final class OfflineVerify {

    private OfflineVerify() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, java.io.PrintStream out, java.io.PrintStream err) {
        if (args.length < 3) {
            err.println("usage: OfflineVerify keys.json revocations.json CODE [PLATE] [--at ISO-8601] [--occupants N]");
            return 2;
        }
        String plate = null;
        Instant at = Instant.now();
        Integer occupants = null;
        try {
            for (int i = 3; i < args.length; i++) {
                switch (args[i]) {
                    case "--at" -> at = PublishedLists.parseInstant(args[++i]);
                    case "--occupants" -> occupants = Integer.parseInt(args[++i]);
                    default -> plate = args[i];
                }
            }
            PassVerifier verifier = new PassVerifier(
                    PublishedLists.keys(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8)),
                    PublishedLists.revocations(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8)));
            Verification v = verifier.verify(args[2].strip(), plate, occupants, at);
            out.println(describe(v));
            return v.valid() ? 0 : 1;
        } catch (Exception e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }

    static String describe(Verification v) {
        StringBuilder b = new StringBuilder(v.valid() ? "VALID" : "REFUSED " + v.reason());
        if (v.pass() != null) {
            PassPayload p = v.pass();
            b.append(" pass=").append(p.passId()).append(" type=").append(p.type()).append(" plate=").append(p.plate())
                    .append(" holders=").append(p.holders()).append(" validFrom=").append(p.validFrom())
                    .append(" validUntil=").append(p.validUntil()).append(" issuer=").append(p.issuer()).append(" key=").append(p.keyId());
        }
        return b.append(" (").append(v.detail()).append(')').toString();
    }
}
