package cn.gov.epidemic.kitweb.strict;

import cn.gov.epidemic.kitweb.pii.IdCardNumbers;
import cn.gov.epidemic.kitweb.problem.ProblemClassifier;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import cn.gov.epidemic.kitweb.problem.ProblemType;
import cn.gov.epidemic.kitweb.problem.StrictJsonCustomizer;
import cn.gov.epidemic.kitweb.validation.CountryCode;
import cn.gov.epidemic.kitweb.validation.CurrencyCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kit's strict input rules without a running service: JSON binding, parameter converters, declared parameters, codes. */
class StrictInputUnitTest {

    public record Visit(String name, Instant visitedAt, LocalDate neededBy) {
    }

    public enum Kind { VILLAGE, COMMUNITY }

    public static class Paging {
        @QueryParam("page") public Integer page;
        @QueryParam("sort") public String sort;
    }

    public interface ListApi {
        @GET
        String list(@QueryParam("name") String name, @BeanParam Paging page, @PathParam("id") UUID id);
    }

    public static class ListResource implements ListApi {
        @Override
        public String list(String name, Paging page, UUID id) {
            return name;
        }
    }

    @SuppressWarnings("unused")
    void params(@QueryParam("greenLane") Boolean greenLane, @QueryParam("from") OffsetDateTime from, @QueryParam("day") LocalDate day,
                @QueryParam("kind") Kind kind, @PathParam("id") UUID id, @QueryParam("size") Integer size) {
    }

    private static final ObjectMapper JSON = strict();

    private static ObjectMapper strict() {
        ObjectMapper m = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJsonCustomizer().customize(m);
        return m;
    }

    private static ProblemException refusal(String json) {
        Exception e = assertThrows(Exception.class, () -> JSON.readValue(json, Visit.class), json);
        ProblemException p = ProblemClassifier.classify(e);
        assertEquals(ProblemType.VALIDATION, p.type(), json);
        return p;
    }

    @Test
    void jsonUnknownFieldsNumbersForInstantsAndControlCharactersAreRefusedWithTheirPath() throws Exception {
        assertEquals("portOfEntry", refusal("{\"name\":\"x\",\"portOfEntry\":\"Erenhot\"}").violations().get(0).field());
        ProblemException epoch = refusal("{\"visitedAt\":12345}");
        assertEquals("visitedAt", epoch.violations().get(0).field());
        assertTrue(epoch.violations().get(0).message().en().contains("ISO 8601"), epoch.violations().get(0).message().en());
        assertEquals("neededBy", refusal("{\"neededBy\":12345}").violations().get(0).field());
        assertEquals("visitedAt", refusal("{\"visitedAt\":1.5}").violations().get(0).field());
        for (String control : new String[] {"\\u0000", "\\u0001", "\\u001b", "\\u007f"}) {
            ProblemException p = refusal("{\"name\":\"a" + control + "b\"}");
            assertEquals("name", p.violations().get(0).field());
            assertEquals(ControlCharacters.TEXT, p.violations().get(0).message());
        }
        Visit ok = JSON.readValue("{\"name\":\"line 1\\n\\tline 2\\r\\n\",\"visitedAt\":\"2020-02-03T08:00:00+08:00\",\"neededBy\":\"2020-02-10\"}", Visit.class);
        assertEquals(LocalDate.of(2020, 2, 10), ok.neededBy());
        assertEquals(Instant.parse("2020-02-03T00:00:00Z"), ok.visitedAt());
        // what event consumers do: a tree keeps a field added by a newer producer
        JsonNode event = JSON.readTree("{\"id\":\"x\",\"addedLater\":{\"a\":1}}");
        assertEquals(1, event.path("addedLater").path("a").asInt());
    }

    @SuppressWarnings("unchecked")
    private static <T> ParamConverter<T> converter(Class<T> type, int index) throws Exception {
        Method m = StrictInputUnitTest.class.getDeclaredMethod("params", Boolean.class, OffsetDateTime.class, LocalDate.class, Kind.class, UUID.class, Integer.class);
        return new StrictParams().getConverter(type, type, m.getParameterAnnotations()[index]);
    }

    private static ProblemException.Violation refused(ParamConverter<?> c, String value) {
        ProblemException p = assertThrows(ProblemException.class, () -> c.fromString(value), value);
        assertEquals(ProblemType.VALIDATION, p.type());
        return p.violations().get(0);
    }

    @Test
    void parametersAcceptOnlyTheirDocumentedFormatAndTheRefusalNamesParameterAndFormat() throws Exception {
        ParamConverter<Boolean> greenLane = converter(Boolean.class, 0);
        assertEquals(Boolean.TRUE, greenLane.fromString("true"));
        assertEquals(Boolean.FALSE, greenLane.fromString("false"));
        for (String v : new String[] {"yes", "1", "TRUE", ""}) assertEquals("greenLane", refused(greenLane, v).field());
        ProblemException.Violation from = refused(converter(OffsetDateTime.class, 1), "2026/12/01");
        assertEquals("from", from.field());
        assertTrue(from.message().en().contains("ISO 8601 date-time, e.g. 2026-12-01T08:00:00+08:00"), from.message().en());
        assertEquals(OffsetDateTime.parse("2026-12-01T08:00:00+08:00"), converter(OffsetDateTime.class, 1).fromString("2026-12-01T08:00:00+08:00"));
        assertEquals("day", refused(converter(LocalDate.class, 2), "12345").field());
        ProblemException.Violation kind = refused(converter(Kind.class, 3), "TOWN");
        assertEquals("must be one of VILLAGE, COMMUNITY", kind.message().en());
        assertEquals("id", refused(converter(UUID.class, 4), "1-2-3-4-5").field());
        assertEquals("size", refused(converter(Integer.class, 5), "2x").field());
    }

    @Test
    void declaredQueryParametersIncludeBeanParamsAndTheInterfacesAnnotations() throws Exception {
        Method m = ListResource.class.getMethod("list", String.class, Paging.class, UUID.class);
        assertEquals(Set.of("name", "page", "sort"), StrictRequestFilter.queryParams(m, ListResource.class));
        assertTrue(StrictRequestFilter.hasControl("a\u0000b"));
        assertTrue(StrictRequestFilter.hasControl("\t"));
        assertFalse(StrictRequestFilter.hasControl("赤峰 市-1"));
        assertEquals("portOfEntry", StrictRequestFilter.shown("portOfEntry"));
        assertFalse(StrictRequestFilter.shown("<script>").contains("<"));
    }

    @Test
    void idCardNumbersNeedARealAreaABirthDateFrom1900ToTodayAndTheCheckDigit() {
        assertTrue(IdCardNumbers.isValid("11010519491231002X"), "the standard's own example");
        assertTrue(IdCardNumbers.isValid(IdCardNumbers.compose("150102", "19850312", 123)));
        assertFalse(IdCardNumbers.isValid(IdCardNumbers.compose("000000", "19850312", 123)), "area 000000");
        assertFalse(IdCardNumbers.isValid(IdCardNumbers.compose("990102", "19850312", 123)), "no province 99");
        assertFalse(IdCardNumbers.isValid(IdCardNumbers.compose("150002", "19850312", 123)), "prefecture 00");
        assertFalse(IdCardNumbers.isValid(IdCardNumbers.compose("150100", "19850312", 123)), "county 00");
        assertFalse(IdCardNumbers.isValid(IdCardNumbers.compose("150102", "20990312", 123)), "born in 2099");
        assertFalse(IdCardNumbers.isValid(IdCardNumbers.compose("150102", "18991231", 123)), "born before 1900");
        assertFalse(IdCardNumbers.isValid(IdCardNumbers.compose("150102", "19850230", 123)), "30 February");
        assertFalse(IdCardNumbers.isValid(IdCardNumbers.compose("150102", LocalDate.now().plusDays(2).toString().replace("-", ""), 1)), "born the day after tomorrow");
        assertFalse(IdCardNumbers.isValid("110105194912310021"), "wrong check digit");
    }

    @Test
    void currenciesAndCountriesComeFromTheRealLists() {
        CurrencyCode.Validator currency = new CurrencyCode.Validator();
        assertTrue(currency.isValid("CNY", null));
        assertTrue(currency.isValid("MNT", null));
        assertFalse(currency.isValid("ZZZ", null));
        assertFalse(currency.isValid("cny", null));
        CountryCode.Validator country = new CountryCode.Validator();
        assertTrue(country.isValid("MN", null));
        assertTrue(country.isValid("CN", null));
        assertFalse(country.isValid("ZZ", null));
        assertFalse(country.isValid("XK", null));
    }
}
