package cn.gov.epidemic.kit.rest;

import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import cn.gov.epidemic.kitweb.problem.ProblemType;

/**
 * Optimistic concurrency over HTTP: the entity version is the ETag ({@code "3"}); an update may send it back in
 * {@code If-Match}, and a stale one is refused with 412. A missing If-Match is allowed (last writer wins), as
 * documented in each operation.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} header asks for; null when absent or {@code *}. */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) return null;
        String v = ifMatch.trim();
        if (v.startsWith("W/")) v = v.substring(2);
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) v = v.substring(1, v.length() - 1);
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ProblemException.validation("If-Match", Text.of("must be an ETag returned by this API, such as \"3\"",
                    "必须是本接口返回的 ETag，例如 \"3\""));
        }
    }

    /** Throws 412 when the caller expected another version than the current one. */
    public static void check(Long expected, long current) {
        if (expected != null && expected != current) {
            throw ProblemException.preconditionFailed(Text.format("The resource is at version %d, not %d; read it again (GET returns the ETag) and retry.",
                    "资源当前为第 %d 版，而非第 %d 版；请重新读取（GET 返回 ETag）后重试。", current, expected));
        }
    }
}
