package cn.gov.epidemic.passes;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Benchmark harness (not a test): offline verifications per second on the calling thread, per Ed25519 implementation
 * ({@link Ed25519Engine}), interleaved in rounds (A, B, A, B …) and reported as medians. Pin it to one core with
 * {@code taskset -c 0}. Signs 1,000 distinct codes, verifies them round-robin against a key set of 3 keys and a
 * revocation list of 10,000 entries (the whole {@link PassVerifier#verify} path: syntax, decoding, signature,
 * revocation lookup, validity window), after a warm-up of each implementation that is discarded.
 *
 * <pre>taskset -c 0 java -cp pass-verifier/target/pass-verifier-1.0.0-SNAPSHOT.jar:bcprov.jar cn.gov.epidemic.passes.VerifyBench [WARMUP_S=10] [SECONDS=5] [ROUNDS=3] [ENGINE...]</pre>
 *
 * The last line per implementation is machine-readable for bench/verify.sh:
 * {@code [verify] engine=BOUNCY_CASTLE java=17.0.15 median=… rounds=…/…/…}.
 */
public final class VerifyBench {

    private VerifyBench() {
    }

    public static void main(String[] a) {
        int warmup = a.length > 0 ? Integer.parseInt(a[0]) : 10;
        int seconds = a.length > 1 ? Integer.parseInt(a[1]) : 5;
        int rounds = a.length > 2 ? Integer.parseInt(a[2]) : 3;
        List<Ed25519Engine> engines = new ArrayList<>();
        for (int i = 3; i < a.length; i++) engines.add(Ed25519Engine.valueOf(a[i]));
        if (engines.isEmpty()) engines.addAll(List.of(Ed25519Engine.values()));

        KeyPair kp = PassCodes.generateKeyPair();
        Map<String, java.security.PublicKey> keys = Map.of("k1", kp.getPublic(),
                "k0", PassCodes.generateKeyPair().getPublic(), "k2", PassCodes.generateKeyPair().getPublic());
        List<Revocation> revoked = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) revoked.add(new Revocation(UUID.randomUUID(), Reason.REVOKED, Instant.now()));
        Instant now = Instant.now();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            codes.add(PassCodes.sign(new PassPayload(UUID.randomUUID(), PassType.values()[i % 3], "蒙G" + String.format("%05d", i),
                    now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(2)), 1 + i % 5, "通辽市科尔沁区交通运输局", "k1"), kp.getPrivate()));
        }
        Map<Ed25519Engine, PassVerifier> verifiers = new EnumMap<>(Ed25519Engine.class);
        for (Ed25519Engine e : engines) verifiers.put(e, new PassVerifier(keys, revoked, e));
        String jvm = System.getProperty("java.version");

        for (Ed25519Engine e : engines) run(verifiers.get(e), codes, warmup, now, e + " warm-up");
        Map<Ed25519Engine, double[]> rates = new EnumMap<>(Ed25519Engine.class);
        for (Ed25519Engine e : engines) rates.put(e, new double[rounds]);
        for (int r = 0; r < rounds; r++) {
            for (Ed25519Engine e : engines) rates.get(e)[r] = run(verifiers.get(e), codes, seconds, now, e + " round " + (r + 1));
        }
        for (Ed25519Engine e : engines) {
            double[] x = rates.get(e);
            double[] sorted = x.clone();
            Arrays.sort(sorted);
            double median = rounds % 2 == 1 ? sorted[rounds / 2] : (sorted[rounds / 2 - 1] + sorted[rounds / 2]) / 2;
            StringBuilder each = new StringBuilder();
            for (double v : x) each.append(each.isEmpty() ? "" : "/").append(Math.round(v));
            System.out.printf("offline verifications with %s: median %.0f per second on one thread (%s %s, %d rounds of %d s after %d s warm-up)%n",
                    e, median, System.getProperty("java.vm.name"), jvm, rounds, seconds, warmup);
            System.out.printf("[verify] engine=%s java=%s median=%.0f rounds=%s%n", e, jvm, median, each);
        }
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
        System.out.printf("%-28s %,d verifications, %.0f/s, %d refused (expected 0)%n", phase, n, rate, invalid);
        return rate;
    }
}
