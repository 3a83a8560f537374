package cn.gov.epidemic.personnel.service;

import cn.gov.epidemic.kit.problem.ProblemException;
import cn.gov.epidemic.kit.problem.ResourceNotFoundException;
import cn.gov.epidemic.personnel.Division;
import cn.gov.epidemic.personnel.Person;
import cn.gov.epidemic.personnel.SourceUnit;
import cn.gov.epidemic.personnel.Team;

import java.util.UUID;

/**
 * Finding the records a request names: a path id that does not exist is a 404; an id inside a body that does
 * not exist is a 400 on that field (the request, not the URL, is wrong).
 */
final class Lookups {

    private Lookups() {
    }

    static Person person(UUID id) {
        Person p = Person.findById(id);
        if (p == null) throw new ResourceNotFoundException("Person", id);
        return p;
    }

    static Person personField(String field, UUID id) {
        Person p = Person.findById(id);
        if (p == null) throw ProblemException.validation(field, "no person with this id");
        return p;
    }

    static Division divisionField(String field, String code) {
        Division d = Division.findById(code);
        if (d == null) throw ProblemException.validation(field, "no division with this code");
        return d;
    }

    static SourceUnit unitField(String field, UUID id) {
        SourceUnit u = SourceUnit.findById(id);
        if (u == null) throw ProblemException.validation(field, "no unit with this id");
        return u;
    }

    static Team teamField(String field, UUID id) {
        Team t = Team.findById(id);
        if (t == null) throw ProblemException.validation(field, "no team with this id");
        return t;
    }
}
