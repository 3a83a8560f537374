package cn.gov.epidemic.gateway.auth;

import cn.gov.epidemic.gateway.config.GatewayConfig;
import cn.gov.epidemic.kit.security.Roles;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The edge's route × role policy: the first rule matching method and path decides; no rule, no entry (403).
 * Coarse on purpose (read vs. write per service area); each service still checks the exact role of each operation.
 */
@ApplicationScoped
public class Policy {

    record Rule(Set<String> methods, Pattern path, Set<String> roles, String text) {
    }

    @Inject
    GatewayConfig config;

    private List<Rule> rules = List.of();

    void start(@Observes StartupEvent ev) {
        List<Rule> list = new ArrayList<>();
        for (String line : config.policy()) list.add(parse(line));
        rules = List.copyOf(list);
    }

    static Rule parse(String line) {
        String[] parts = line.trim().split("\\s+");
        if (parts.length < 3) throw new IllegalArgumentException("policy rule needs METHODS PATH ROLE...: " + line);
        Set<String> methods = Set.of(parts[0].toUpperCase().split(","));
        return new Rule(methods, Pattern.compile(regex(parts[1])), Set.of(java.util.Arrays.copyOfRange(parts, 2, parts.length)), line);
    }

    /** A path pattern as a regex: a segment {@code *} matches one segment, a trailing {@code /**} any rest. */
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

    /** True when one of the caller's roles is allowed by the first rule that matches. */
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
