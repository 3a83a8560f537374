package cn.gov.epidemic.passes;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Benchmark harness (not a test): offline verifications per second on the calling thread (pin it to one core with
 * {@code taskset -c 0}). Signs 1,000 distinct codes, verifies them round-robin against a key set of 3 keys and a
 * revocation list of 10,000 entries, warm-up discarded.
 *
 * <pre>taskset -c 0 java -cp pass-verifier/target/pass-verifier-1.0.0-SNAPSHOT.jar cn.gov.epidemic.passes.VerifyBench [WARMUP_S] [SECONDS]</pre>
 */
public final class VerifyBench {

    private VerifyBench() {
    }

    public static void main(String[] a) {
        int warmup = a.length > 0 ? Integer.parseInt(a[0]) : 10;
        int seconds = a.length > 1 ? Integer.parseInt(a[1]) : 20;
        KeyPair kp = PassCodes.generateKeyPair();
        Map<String, java.security.PublicKey> keys = Map.of("k1", kp.getPublic(),
                "k0", PassCodes.generateKeyPair().getPublic(), "k2", PassCodes.generateKeyPair().getPublic());
        List<Revocation> revoked = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) revoked.add(new Revocation(UUID.randomUUID(), Reason.REVOKED, Instant.now()));
        PassVerifier verifier = new PassVerifier(keys, revoked);
        Instant now = Instant.now();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            codes.add(PassCodes.sign(new PassPayload(UUID.randomUUID(), PassType.values()[i % 3], "蒙G" + String.format("%05d", i),
                    now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(2)), 1 + i % 5, "通辽市科尔沁区交通运输局", "k1"), kp.getPrivate()));
        }
        run(verifier, codes, warmup, now, "warm-up");
        double perSecond = run(verifier, codes, seconds, now, "measured");
        System.out.printf("offline verifications: %.0f per second on one thread (%s, %d s measured after %d s warm-up)%n",
                perSecond, System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), seconds, warmup);
    }

    private static double run(PassVerifier v, List<String> codes, int seconds, Instant at, String phase) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        long n = 0;
        int invalid = 0;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 100; i++) {
                Verification r = v.verify(codes.get((int) (n % codes.size())), null, null, at);
                if (!r.valid()) invalid++;
                n++;
            }
        }
        double rate = n / ((System.nanoTime() - start) / 1e9);
        System.out.printf("%-8s %,d verifications, %.0f/s, %d refused (expected 0)%n", phase, n, rate, invalid);
        return rate;
    }
}
