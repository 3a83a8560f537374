package cn.gov.epidemic.kit;

import cn.gov.epidemic.kitweb.pii.IdCardNumbers;
import cn.gov.epidemic.kitweb.pii.Masks;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import cn.gov.epidemic.kit.rest.ETags;
import cn.gov.epidemic.kit.rest.Filter;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kit's pure functions: ID-card check digits, masks, ETags, filters. */
class KitUnitTest {

    @Test
    void idCardCheckDigitFollowsGb11643() {
        // the standard's own example: 11010519491231002X
        assertTrue(IdCardNumbers.isValid("11010519491231002X"));
        assertTrue(IdCardNumbers.isValid("11010519491231002x"));
        assertFalse(IdCardNumbers.isValid("110105194912310021"), "wrong check digit");
        assertFalse(IdCardNumbers.isValid("11010519491331002X"), "month 13");
        assertFalse(IdCardNumbers.isValid("1101051949123100"), "too short");
        assertFalse(IdCardNumbers.isValid("११0105194912310021"), "non-ASCII digits");
        assertTrue(IdCardNumbers.isValid(IdCardNumbers.compose("150102", "19850312", 123)));
    }

    @Test
    void masksKeepEnoughToRecogniseAndNoMore() {
        assertEquals("150102********123X", Masks.idCard("150102198503121237".substring(0, 14) + "123X"));
        assertEquals("138****2345", Masks.phone("13847112345"));
        assertNull(Masks.idCard(null));
        assertEquals("****", Masks.phone("1234"));
    }

    @Test
    void etagsAndIfMatch() {
        assertEquals("\"3\"", ETags.of(3));
        assertEquals(3L, ETags.expectedVersion("\"3\""));
        assertEquals(3L, ETags.expectedVersion("W/\"3\""));
        assertNull(ETags.expectedVersion("*"));
        assertNull(ETags.expectedVersion(null));
        assertThrows(ProblemException.class, () -> ETags.expectedVersion("\"abc\""));
        ETags.check(null, 5);
        ETags.check(5L, 5);
        ProblemException stale = assertThrows(ProblemException.class, () -> ETags.check(4L, 5));
        assertEquals(412, stale.status());
    }

    @Test
    void filtersBindValuesAndEscapeLikePatterns() {
        Filter f = Filter.where().eq("kind", "VILLAGE").eq("parentCode", null).contains("name", "50%_x");
        assertEquals("1 = 1 and kind = :p0 and lower(name) like lower(:p1) escape '\\'", f.query());
        assertEquals(Map.of("p0", "VILLAGE", "p1", "%50\\%\\_x%"), f.params());
    }

    @Test
    void aDivisionFilterMatchesEverythingUnderIt() {
        assertEquals("15%", Filter.divisionPattern("150000"));
        assertEquals("1501%", Filter.divisionPattern("150100"));
        assertEquals("150102%", Filter.divisionPattern("150102"));
        assertEquals("150102001%", Filter.divisionPattern("150102001"));
        assertEquals("150102%", Filter.divisionPattern("150102000"));
        assertEquals("150102001002%", Filter.divisionPattern("150102001002"));
        Filter f = Filter.where().within("divisionCode", "150100").within("other", null);
        assertEquals("1 = 1 and divisionCode like :p0 escape '\\'", f.query());
        assertEquals(Map.of("p0", "1501%"), f.params());
    }
}
