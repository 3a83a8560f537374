package cn.gov.epidemic.kitweb.problem;

import io.quarkus.arc.DefaultBean;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The type base of a service: configured, the same for every answer (a type URI is an identifier callers compare). */
@Singleton
@DefaultBean
public class ConfiguredProblemTypeBase implements ProblemTypeBase {

    private final String base;

    public ConfiguredProblemTypeBase(@ConfigProperty(name = "problem.type-base", defaultValue = DEFAULT) String base) {
        this.base = normalise(base);
    }

    /** The suite's name for its types when no gateway address is configured. */
    public static final String DEFAULT = "https://epidemic.gov.cn/problems/";

    @Override
    public String of(RoutingContext ctx) {
        return base;
    }

    static String normalise(String base) {
        return base.endsWith("/") || base.endsWith(":") ? base : base + "/";
    }
}
