package cn.gov.epidemic.personnel.service;

import cn.gov.epidemic.kit.web.Found;
import cn.gov.epidemic.personnel.Division;
import cn.gov.epidemic.personnel.Person;
import cn.gov.epidemic.personnel.SourceUnit;
import cn.gov.epidemic.personnel.Team;

import java.util.UUID;

/** The personnel service's shorthands over the kit's {@link Found} (404 for a path id, 400 for a body id). */
final class Lookups {

    private Lookups() {
    }

    static Person person(UUID id) {
        return Found.inPath(x -> Person.<Person>findById(x), "Person", id);
    }

    static Person personField(String field, UUID id) {
        return Found.inBody(x -> Person.<Person>findById(x), field, "person", id);
    }

    static Division divisionField(String field, String code) {
        return Found.inBody(x -> Division.<Division>findById(x), field, "division", code);
    }

    static SourceUnit unitField(String field, UUID id) {
        return Found.inBody(x -> SourceUnit.<SourceUnit>findById(x), field, "unit", id);
    }

    static Team teamField(String field, UUID id) {
        return Found.inBody(x -> Team.<Team>findById(x), field, "team", id);
    }
}
