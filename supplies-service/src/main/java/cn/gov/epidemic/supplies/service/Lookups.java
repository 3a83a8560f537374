package cn.gov.epidemic.supplies.service;

import cn.gov.epidemic.kit.problem.ProblemException;
import cn.gov.epidemic.kit.web.Found;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import java.util.UUID;
import java.util.function.Function;

/** The supplies service's shorthands over the kit's {@link Found} (404 for a path id, 400 for a body id). */
final class Lookups {

    private Lookups() {
    }

    static <T extends PanacheEntityBase> T path(Function<UUID, T> finder, String kind, UUID id) {
        return Found.inPath(finder, kind, id);
    }

    static <T extends PanacheEntityBase> T field(Function<UUID, T> finder, String field, String kind, UUID id) {
        return Found.inBody(finder, field, kind, id);
    }

    static ProblemException invalidTransition(String what, Object id, Object state, String verb) {
        return ProblemException.rule("invalid-state-transition", "Invalid state transition",
                what + " " + id + " is " + state + " and cannot be " + verb + ".");
    }
}
