package cn.gov.epidemic.gateway.auth;

import cn.gov.epidemic.kitweb.security.Roles;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The edge policy's rules as parsed from {@code gateway.policy[...]} lines ({@code METHODS PATH ROLE...}): the first
 * rule matching method and path decides; no rule, no entry. Plain Java, so the build can check it against the services'
 * role table without starting a gateway (api-client's GatewayPolicyTest).
 */
public final class PolicyRules {

    record Rule(Set<String> methods, Pattern path, Set<String> roles, String text) {
    }

    private final List<Rule> rules;

    private PolicyRules(List<Rule> rules) {
        this.rules = rules;
    }

    public static PolicyRules parse(List<String> lines) {
        return new PolicyRules(lines.stream().map(PolicyRules::rule).toList());
    }

    static Rule rule(String line) {
        String[] parts = line.trim().split("\\s+");
        if (parts.length < 3) throw new IllegalArgumentException("policy rule needs METHODS PATH ROLE...: " + line);
        Set<String> methods = Set.of(parts[0].toUpperCase().split(","));
        return new Rule(methods, Pattern.compile(regex(parts[1])), Set.of(Arrays.copyOfRange(parts, 2, parts.length)), line);
    }

    /** A path pattern as a regex: a segment {@code *} matches one segment, a trailing {@code /**} any rest (or none). */
    static String regex(String glob) {
        String base = glob;
        String rest = "";
        if (glob.endsWith("/**")) {
            base = glob.substring(0, glob.length() - 3);
            rest = "(/.*)?";
        }
        StringBuilder rx = new StringBuilder();
        String[] segments = base.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) rx.append('/');
            rx.append(segments[i].equals("*") ? "[^/]+" : Pattern.quote(segments[i]));
        }
        return rx.append(rest).toString();
    }

    /** True when one of the caller's roles is allowed by the first rule that matches ({@code admin} by every rule). */
    public boolean allows(String method, String path, Set<String> roles) {
        for (Rule r : rules) {
            if ((r.methods().contains("*") || r.methods().contains(method)) && r.path().matcher(path).matches()) {
                if (roles.contains(Roles.ADMIN)) return true;
                for (String role : roles) {
                    if (r.roles().contains(role)) return true;
                }
                return false;
            }
        }
        return false;
    }
}
