package cn.gov.epidemic.testkit;

import cn.gov.epidemic.kitweb.problem.ProblemCatalogue;
import cn.gov.epidemic.kitweb.problem.ProblemKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Finds every raise of a problem in a module's sources ({@code new ProblemException(...)}, {@code ProblemException.rule(...)}
 * and a subclass such as {@code ResourceNotFoundException}) and fails on a type that is not a constant of the catalogue
 * (the kit's {@code ProblemType} or the service's {@code ServiceProblem}): a string slug, a constant the catalogue does
 * not have, a local variable passed on. Also fails on a catalogue constant nothing raises (a page describing a problem
 * that never happens) and, against the running service, on a slug its OpenAPI document does not list.
 */
public final class ProblemCatalogueCheck {

    /** A raise and its first argument: the problem type. */
    private static final Pattern RAISE = Pattern.compile("(?:new\\s+ProblemException|ProblemException\\s*\\.\\s*rule)\\s*\\(\\s*([^,()]+?)\\s*,");
    /** The type as a constant of the catalogue: {@code ProblemType.NOT_FOUND}, {@code ServiceProblem.LOT_HELD}. */
    private static final Pattern CONSTANT = Pattern.compile("(?:[\\w.]+\\.)?(ProblemType|ServiceProblem)\\.([A-Z][A-Z0-9_]*)");
    /** A subclass of ProblemException handing its parent a string slug. */
    private static final Pattern STRING_SLUG = Pattern.compile("super\\s*\\(\\s*\"[a-z0-9-]+\"");

    private static final Pattern KIT_TYPE_LOOP = Pattern.compile("for\\s*\\(\\s*ProblemType\\s+(\\w+)\\s*:\\s*ProblemType\\.values\\(\\)");

    private ProblemCatalogueCheck() {
    }

    /** One raise found: where and what it names. */
    public record Raise(String where, String type) {
    }

    /**
     * Scans {@code sourceRoots} (e.g. {@code src/main/java}) and checks every raise against the catalogue of
     * {@code serviceEnum} (null for the kit alone). {@code exempt}: the files that only declare the mechanism
     * (ProblemException's own factories, which pass their parameter on). Returns the raises, for the counts.
     */
    public static List<Raise> assertEveryRaiseCatalogued(Class<? extends ProblemKind> serviceEnum, Set<String> exempt, Path... sourceRoots) {
        List<ProblemKind> catalogue = ProblemCatalogue.of(Optional.ofNullable(serviceEnum).map(Class::getName));
        Map<String, ProblemKind> byConstant = new TreeMap<>();
        for (ProblemKind k : catalogue) byConstant.put(((Enum<?>) k).getDeclaringClass().getSimpleName() + "." + ((Enum<?>) k).name(), k);
        List<Raise> raises = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Path root : sourceRoots) {
            for (Path file : javaFiles(root)) {
                if (exempt.contains(file.getFileName().toString())) continue;
                String src = read(file);
                String code = src.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", ""); // comments may show raises
                Set<String> loopOverKitTypes = new java.util.HashSet<>(); // for (ProblemType t : ProblemType.values()): t is one
                Matcher loop = KIT_TYPE_LOOP.matcher(code);
                while (loop.find()) loopOverKitTypes.add(loop.group(1));
                Matcher m = RAISE.matcher(code);
                while (m.find()) {
                    String where = root.relativize(file) + ":" + line(code, m.start());
                    String arg = m.group(1).trim();
                    Matcher c = CONSTANT.matcher(arg);
                    if (loopOverKitTypes.contains(arg)) {
                        raises.add(new Raise(where, "ProblemType.*"));
                    } else if (!c.matches()) {
                        wrong.add(where + " raises with '" + arg + "', not a constant of ProblemType or ServiceProblem");
                    } else if (!byConstant.containsKey(c.group(1) + "." + c.group(2))) {
                        wrong.add(where + " raises " + arg + ", which the catalogue does not have");
                    } else {
                        raises.add(new Raise(where, c.group(1) + "." + c.group(2)));
                    }
                }
                Matcher s = STRING_SLUG.matcher(code.contains("extends ProblemException") ? code : "");
                while (s.find()) wrong.add(root.relativize(file) + ":" + line(code, s.start()) + " raises with a string slug: " + s.group());
            }
        }
        assertEquals(List.of(), wrong, "raises outside the catalogue");
        if (serviceEnum != null) {
            Set<String> raised = raises.stream().map(Raise::type).collect(Collectors.toSet());
            Set<String> neverRaised = new TreeSet<>();
            for (Object k : serviceEnum.getEnumConstants()) {
                String name = serviceEnum.getSimpleName() + "." + ((Enum<?>) k).name();
                if (!raised.contains(name)) neverRaised.add(name);
            }
            assertEquals(Set.of(), neverRaised, "catalogued types no code raises");
        }
        System.out.printf("[test] problem raises found: %d (%d distinct types) in %s; catalogue: %d types%n", raises.size(),
                raises.stream().map(Raise::type).distinct().count(), List.of(sourceRoots), catalogue.size());
        return raises;
    }

    /** Against the running service: its document's {@code x-problem-types} is exactly the catalogue, each entry in both languages. */
    public static void assertDocumentListsCatalogue(Class<? extends ProblemKind> serviceEnum) throws IOException {
        JsonNode doc = new ObjectMapper().readTree(RestAssured.given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        Set<String> documented = new LinkedHashSet<>();
        List<String> incomplete = new ArrayList<>();
        for (JsonNode t : doc.path(ProblemCatalogue.EXTENSION)) {
            String slug = t.path("slug").asText();
            documented.add(slug);
            for (String f : List.of("title", "description")) {
                for (String lang : List.of("en", "zh")) {
                    if (t.path(f).path(lang).asText().isBlank()) incomplete.add(slug + " has no " + f + "." + lang);
                }
            }
            if (t.path("status").asInt() < 400) incomplete.add(slug + " has no status");
        }
        Set<String> expected = ProblemCatalogue.of(Optional.of(serviceEnum.getName())).stream().map(ProblemKind::slug)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        assertEquals(expected, documented, "x-problem-types of the OpenAPI document");
        assertEquals(List.of(), incomplete);
        String typeDoc = doc.path("components").path("schemas").path("Problem").path("properties").path("type").path("description").asText();
        // the Problem schema is the same in every service (the merged document keeps it once); the list is x-problem-types
        assertTrue(typeDoc.contains(ProblemCatalogue.EXTENSION), "the Problem schema's type points at " + ProblemCatalogue.EXTENSION + ": " + typeDoc);
        System.out.printf("[test] problem types in the OpenAPI document: %d%n", documented.size());
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int line(String s, int at) {
        int n = 1;
        for (int i = 0; i < at; i++) if (s.charAt(i) == '\n') n++;
        return n;
    }
}
