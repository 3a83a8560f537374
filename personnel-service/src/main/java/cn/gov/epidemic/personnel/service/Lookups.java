package cn.gov.epidemic.personnel.service;

import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.kit.rest.Found;
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
        return Found.inPath(x -> Person.<Person>findById(x), Text.of("Person", "人员"), id);
    }

    static Person personField(String field, UUID id) {
        return Found.inBody(x -> Person.<Person>findById(x), field, Text.of("person", "人员"), id);
    }

    static Division divisionField(String field, String code) {
        return Found.inBody(x -> Division.<Division>findById(x), field, Text.of("division", "行政区划"), code);
    }

    static SourceUnit unitField(String field, UUID id) {
        return Found.inBody(x -> SourceUnit.<SourceUnit>findById(x), field, Text.of("unit", "单位"), id);
    }

    static Team teamField(String field, UUID id) {
        return Found.inBody(x -> Team.<Team>findById(x), field, Text.of("team", "队伍"), id);
    }
}
