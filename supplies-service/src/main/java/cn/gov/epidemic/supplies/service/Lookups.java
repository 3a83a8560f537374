package cn.gov.epidemic.supplies.service;

import cn.gov.epidemic.kit.problem.ProblemException;
import cn.gov.epidemic.kit.problem.ResourceNotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import java.util.UUID;
import java.util.function.Function;

/**
 * Finding the records a request names: a path id that does not exist is a 404; an id inside a body that does not
 * exist is a 400 on that field (the request, not the URL, is wrong).
 */
final class Lookups {

    private Lookups() {
    }

    static <T extends PanacheEntityBase> T path(Function<UUID, T> finder, String kind, UUID id) {
        T t = id == null ? null : finder.apply(id);
        if (t == null) throw new ResourceNotFoundException(kind, id);
        return t;
    }

    static <T extends PanacheEntityBase> T field(Function<UUID, T> finder, String field, String kind, UUID id) {
        T t = id == null ? null : finder.apply(id);
        if (t == null) throw ProblemException.validation(field, "no " + kind + " with this id");
        return t;
    }

    static ProblemException invalidTransition(String what, Object id, Object state, String verb) {
        return ProblemException.rule("invalid-state-transition", "Invalid state transition",
                what + " " + id + " is " + state + " and cannot be " + verb + ".");
    }
}
