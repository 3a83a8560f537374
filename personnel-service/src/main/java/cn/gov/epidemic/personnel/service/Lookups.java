package cn.gov.epidemic.personnel.service;

import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.kit.rest.Found;
import cn.gov.epidemic.personnel.Division;
import cn.gov.epidemic.personnel.Person;
import cn.gov.epidemic.personnel.SourceUnit;
import cn.gov.epidemic.personnel.Team;

import java.util.UUID;
import java.util.function.Function;

/** The personnel service's shorthands over the kit's {@link Found} (404 for a path id, 400 for a body id). */
final class Lookups {

    private Lookups() {
    }

    static Person person(UUID id) {
        return Found.inPath(x -> Person.<Person>findById(x), Text.of("Person", "人员"), id);
    }

    static Person personField(String field, UUID id) {
        return personField(field, id, x -> Person.<Person>findById(x));
    }

    static Division divisionField(String field, String code) {
        return divisionField(field, code, x -> Division.<Division>findById(x));
    }

    /** The same refusal with another finder: a bulk import's, from the divisions it read for all its rows at once. */
    static Division divisionField(String field, String code, Function<String, Division> finder) {
        return Found.inBody(finder, field, Text.of("division", "行政区划"), code);
    }

    static Person personField(String field, UUID id, Function<UUID, Person> finder) {
        return Found.inBody(finder, field, Text.of("person", "人员"), id);
    }

    static SourceUnit unitField(String field, UUID id) {
        return unitField(field, id, x -> SourceUnit.<SourceUnit>findById(x));
    }

    static SourceUnit unitField(String field, UUID id, Function<UUID, SourceUnit> finder) {
        return Found.inBody(finder, field, Text.of("unit", "单位"), id);
    }

    static Team teamField(String field, UUID id) {
        return Found.inBody(x -> Team.<Team>findById(x), field, Text.of("team", "队伍"), id);
    }
}
