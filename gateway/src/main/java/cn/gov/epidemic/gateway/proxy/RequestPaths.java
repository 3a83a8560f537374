package cn.gov.epidemic.gateway.proxy;

/**
 * RFC 3986 path normalisation for routing: escaped unreserved characters decoded (as the services' router does, so
 * the edge policy sees the path the service serves), dot segments removed, repeated slashes merged;
 * an encoded {@code /} or {@code \} (or a raw {@code \}) and a path climbing above the root are refused.
 */
final class RequestPaths {

    /** Why a path was refused, in both languages; the text is shown to the caller. */
    static final class Refused extends Exception {
        final cn.gov.epidemic.kitweb.i18n.Text text;

        Refused(String en, String zh) {
            super(en, null, false, false);
            this.text = cn.gov.epidemic.kitweb.i18n.Text.of(en, zh);
        }
    }

    private RequestPaths() {
    }

    /**
     * The normalised form of a raw request path (as received, still percent-encoded), or the same instance when it
     * is already normal; one pass over the characters for the usual path, which has nothing to normalise.
     */
    static String normalise(String raw) throws Refused {
        if (isNormal(raw)) return raw;
        String decoded = decodeUnreserved(raw);
        return removeDotSegments(decoded, raw);
    }

    /** True when no character could change under normalisation: no {@code %}, no {@code \}, no "/." and no "//". */
    static boolean isNormal(String p) {
        int n = p.length();
        for (int i = 0; i < n; i++) {
            char c = p.charAt(i);
            if (c == '%' || c == '\\') return false;
            if (c == '/' && i + 1 < n) {
                char d = p.charAt(i + 1);
                if (d == '.' || d == '/') return false;
            }
        }
        return true;
    }

    /**
     * Decodes escaped unreserved characters (RFC 3986 6.2.2.2: ALPHA, DIGIT, '-', '.', '_', '~'; so {@code %2e} is a
     * dot), keeps every other escape as sent, refuses encoded separators.
     */
    private static String decodeUnreserved(String p) throws Refused {
        StringBuilder out = new StringBuilder(p.length());
        int n = p.length();
        for (int i = 0; i < n; i++) {
            char c = p.charAt(i);
            if (c == '\\') throw new Refused("A backslash is not allowed in the path.", "路径中不允许出现反斜杠。");
            if (c != '%') {
                out.append(c);
                continue;
            }
            int hi = i + 2 < n ? Character.digit(p.charAt(i + 1), 16) : -1;
            int lo = hi >= 0 ? Character.digit(p.charAt(i + 2), 16) : -1;
            if (lo < 0) throw new Refused("The path has a malformed percent-escape.", "路径中有格式错误的百分号转义。");
            int v = hi * 16 + lo;
            if (v == '/' || v == '\\') throw new Refused("An encoded '/' or '\\' (%2F, %5C) is not allowed in the path.", "路径中不允许出现编码的“/”或“\\”（%2F、%5C）。");
            if (unreserved(v)) out.append((char) v);
            else out.append(p, i, i + 3);
            i += 2;
        }
        return out.toString();
    }

    private static boolean unreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
    }

    /** RFC 3986 5.2.4 on whole segments; empty segments are dropped (merged slashes); a trailing slash is kept. */
    private static String removeDotSegments(String p, String raw) throws Refused {
        if (p.isEmpty() || p.charAt(0) != '/') return p; // "*" (OPTIONS *) or an absolute form: not a routable path
        int n = p.length();
        StringBuilder out = new StringBuilder(n);
        int[] starts = new int[n / 2 + 2]; // start offsets in out of the kept segments, to pop on ".."
        int depth = 0;
        boolean trailingSlash = false;
        int i = 1;
        while (i <= n) {
            int end = p.indexOf('/', i);
            if (end < 0) end = n;
            int len = end - i;
            boolean last = end == n;
            if (len == 0 || (len == 1 && p.charAt(i) == '.')) {
                trailingSlash = last;
            } else if (len == 2 && p.charAt(i) == '.' && p.charAt(i + 1) == '.') {
                if (depth == 0) throw new Refused("The path climbs above the root with '..'.", "路径用“..”越过了根目录。");
                out.setLength(starts[--depth]);
                trailingSlash = last;
            } else {
                starts[depth++] = out.length();
                out.append('/').append(p, i, end);
                trailingSlash = false;
            }
            i = end + 1;
        }
        if (out.length() == 0 || trailingSlash) out.append('/');
        String result = out.toString();
        return result.equals(raw) ? raw : result;
    }
}
