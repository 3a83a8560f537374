package cn.gov.epidemic.checkpoint.service;

import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.checkpoint.Checkpoint;
import cn.gov.epidemic.checkpoint.Pass;
import cn.gov.epidemic.checkpoint.Referral;
import cn.gov.epidemic.checkpoint.RoadClosure;
import cn.gov.epidemic.kit.rest.Found;

import java.util.UUID;
import java.util.function.Function;

/** The checkpoint service's shorthands over the kit's {@link Found} (404 for a path id, 400 for a body id). */
final class Lookups {

    private Lookups() {
    }

    static Checkpoint checkpoint(UUID id) {
        return Found.inPath(x -> Checkpoint.<Checkpoint>findById(x), Text.of("Checkpoint", "卡口"), id);
    }

    static Checkpoint checkpointField(String field, UUID id) {
        return checkpointField(field, id, x -> Checkpoint.<Checkpoint>findById(x));
    }

    /** The same refusal with another finder: a bulk import's, from the checkpoints it read for all its rows at once. */
    static Checkpoint checkpointField(String field, UUID id, Function<UUID, Checkpoint> finder) {
        return Found.inBody(finder, field, Text.of("checkpoint", "卡口"), id);
    }

    static RoadClosure closure(UUID id) {
        return Found.inPath(x -> RoadClosure.<RoadClosure>findById(x), Text.of("Road closure", "道路封闭"), id);
    }

    static Pass pass(UUID id) {
        return Found.inPath(x -> Pass.<Pass>findById(x), Text.of("Pass", "通行证"), id);
    }

    static Referral referral(UUID id) {
        return Found.inPath(x -> Referral.<Referral>findById(x), Text.of("Referral", "转诊"), id);
    }
}
