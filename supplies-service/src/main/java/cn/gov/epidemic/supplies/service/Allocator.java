package cn.gov.epidemic.supplies.service;

import cn.gov.epidemic.supplies.Priority;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The allocation rule for scarce stock, a pure function:
 * <ol>
 * <li>Priority tiers in order (designated fever hospitals, then front-line clinics, then others); a tier is served
 * only with what the tiers above it left.</li>
 * <li>If what is left covers every outstanding need of the tier, each request gets its outstanding need.</li>
 * <li>Otherwise the tier shares what is left in proportion to need: request i gets floor(left × need_i / tier need);
 * the units left over by rounding down go one each to the largest remainders (ties: the older request first).
 * Whole units only; nobody gets more than it asked for; the tiers below get nothing.</li>
 * </ol>
 */
public final class Allocator {

    public static final String RULE = "Priority tiers first (DESIGNATED_FEVER_HOSPITAL, then FRONTLINE_CLINIC, then OTHER), each served only with "
            + "what the tiers above left; within a tier every outstanding need is met in full if the stock allows, otherwise the stock left is "
            + "shared in proportion to outstanding need, rounded down to whole units, and the units left over go one each to the largest "
            + "remainders (ties: oldest request first). No request gets more than it asked for.";

    /** A request to serve: its outstanding need and its position (older first) for ties. */
    public record Need(UUID requestId, Priority priority, int outstanding, int order) {
    }

    /** What a request gets and why. */
    public record Share(UUID requestId, Priority priority, int outstanding, int quantity, String reason) {
    }

    private Allocator() {
    }

    public static List<Share> allocate(int stock, List<Need> needs) {
        return allocate(stock, needs, "no stock to share");
    }

    /** As {@link #allocate(int, List)}; {@code whyNoStock} is the reason every line gets when {@code stock} is 0. */
    public static List<Share> allocate(int stock, List<Need> needs, String whyNoStock) {
        Map<Integer, List<Need>> tiers = new TreeMap<>();
        for (Need n : needs) tiers.computeIfAbsent(n.priority().tier, t -> new ArrayList<>()).add(n);
        List<Share> out = new ArrayList<>();
        int left = stock;
        for (List<Need> tier : tiers.values()) {
            tier.sort(Comparator.comparingInt(Need::order));
            Priority p = tier.get(0).priority();
            long tierNeed = tier.stream().mapToLong(Need::outstanding).sum();
            String head = "tier " + p.tier + " (" + p + "): ";
            if (left == 0) {
                // "after the higher tiers" only if they took something: with no stock at all, say why there is none
                String why = stock == 0 ? whyNoStock : "nothing left after the higher tiers";
                for (Need n : tier) out.add(new Share(n.requestId(), p, n.outstanding(), 0, head + why));
                continue;
            }
            if (left >= tierNeed) {
                for (Need n : tier) {
                    out.add(new Share(n.requestId(), p, n.outstanding(), n.outstanding(),
                            head + left + " left for " + tierNeed + " outstanding in the tier, so every request in full (" + n.outstanding() + ")"));
                }
                left -= (int) tierNeed;
                continue;
            }
            // proportional, exact integer arithmetic: floor(left * need / tierNeed) and the remainder
            int[] base = new int[tier.size()];
            long[] rem = new long[tier.size()];
            int given = 0;
            for (int i = 0; i < tier.size(); i++) {
                BigInteger[] qr = BigInteger.valueOf(left).multiply(BigInteger.valueOf(tier.get(i).outstanding())).divideAndRemainder(BigInteger.valueOf(tierNeed));
                base[i] = qr[0].intValueExact();
                rem[i] = qr[1].longValueExact();
                given += base[i];
            }
            int leftover = left - given;
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < tier.size(); i++) order.add(i);
            order.sort(Comparator.<Integer>comparingLong(i -> -rem[i]).thenComparingInt(i -> tier.get(i).order()));
            boolean[] extra = new boolean[tier.size()];
            for (int k = 0; k < leftover; k++) extra[order.get(k)] = true;
            for (int i = 0; i < tier.size(); i++) {
                Need n = tier.get(i);
                int q = base[i] + (extra[i] ? 1 : 0);
                String share = String.format(java.util.Locale.ROOT, "%.2f", (double) left * n.outstanding() / tierNeed);
                out.add(new Share(n.requestId(), p, n.outstanding(), q, head + left + " left for " + tierNeed + " outstanding in the tier; proportional share "
                        + left + " × " + n.outstanding() + " / " + tierNeed + " = " + share + " → " + base[i]
                        + (extra[i] ? " + 1 (largest remainder)" : "") + " = " + q));
            }
            left = 0;
        }
        return out;
    }
}
