package cn.gov.epidemic.checkpoint.service;

import cn.gov.epidemic.checkpoint.Checkpoint;
import cn.gov.epidemic.checkpoint.Pass;
import cn.gov.epidemic.checkpoint.Referral;
import cn.gov.epidemic.checkpoint.RoadClosure;
import cn.gov.epidemic.kit.problem.ProblemException;
import cn.gov.epidemic.kit.problem.ResourceNotFoundException;

import java.util.UUID;

/** A path id that does not exist is a 404; an id inside a body that does not exist is a 400 on that field. */
final class Lookups {

    private Lookups() {
    }

    static Checkpoint checkpoint(UUID id) {
        Checkpoint c = Checkpoint.findById(id);
        if (c == null) throw new ResourceNotFoundException("Checkpoint", id);
        return c;
    }

    static Checkpoint checkpointField(String field, UUID id) {
        Checkpoint c = id == null ? null : Checkpoint.findById(id);
        if (c == null) throw ProblemException.validation(field, "no checkpoint with this id");
        return c;
    }

    static RoadClosure closure(UUID id) {
        RoadClosure r = RoadClosure.findById(id);
        if (r == null) throw new ResourceNotFoundException("Road closure", id);
        return r;
    }

    static Pass pass(UUID id) {
        Pass p = Pass.findById(id);
        if (p == null) throw new ResourceNotFoundException("Pass", id);
        return p;
    }

    static Referral referral(UUID id) {
        Referral r = Referral.findById(id);
        if (r == null) throw new ResourceNotFoundException("Referral", id);
        return r;
    }
}
