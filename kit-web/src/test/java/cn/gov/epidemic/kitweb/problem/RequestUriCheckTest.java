package cn.gov.epidemic.kitweb.problem;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The request-URI check's scan of plain URIs answers exactly as java.net.URI's parser, which it skips for them. */
class RequestUriCheckTest {

    @Test
    void plainUrisPassWithoutParsingAndOthersAsTheParserSays() {
        List<String> plain = List.of("/api/v1/personnel/divisions/150100", "/api/v1/personnel/people?page=0&size=20&sort=name,-createdAt",
                "/q/health/ready", "/a/%E6%96%B0%E5%9F%8E?x=%2B1", "/", "/a:b@c;d=e+f$g,h!~*'()", "/a?b?c/d:e");
        for (String u : plain) {
            assertTrue(ProblemRoutes.isPlainOriginForm(u), u);
            assertTrue(parses(u), u);
        }
        List<String> others = List.of("/a<b", "/a b", "/a\"b", "/a{b}", "/a|b", "/a^b", "/a%zz", "/a%4", "/a%", "/a#b",
                "//evil.example/x", "/新城区", "/a[1]", "/a?b=[1]", "*", "http://host/a", "/a\\b", "/a`b");
        for (String u : others) {
            assertFalse(ProblemRoutes.isPlainOriginForm(u), u);
            assertEquals(parses(u), ProblemRoutes.isValidUri(u), u);
        }
        assertFalse(ProblemRoutes.isValidUri("/a<b"));
        assertTrue(ProblemRoutes.isValidUri("/新城区"), "java.net.URI takes other Unicode characters, and so does the check");
    }

    @Test
    void randomUrisAreJudgedAsTheParserJudgesThem() {
        String alphabet = "abcXYZ019/?#%:@&=+$,;-_.!~*'()[]{}<>|^\"` \\新\u00e9\u0001";
        Random random = new Random(13);
        int plain = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder("/");
            int len = random.nextInt(12);
            for (int j = 0; j < len; j++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String u = b.toString();
            boolean parses = parses(u);
            if (ProblemRoutes.isPlainOriginForm(u)) {
                plain++;
                assertTrue(parses, "the scan passed what the parser refuses: " + u);
            }
            assertEquals(parses, ProblemRoutes.isValidUri(u), u);
        }
        assertTrue(plain > 1000, "the sample holds plain URIs: " + plain);
        System.out.println("[test] request-URI check: 200000 random URIs judged as java.net.URI judges them, " + plain + " by the scan alone");
    }

    private static boolean parses(String u) {
        try {
            new URI(u);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
