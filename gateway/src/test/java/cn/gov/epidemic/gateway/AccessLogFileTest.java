package cn.gov.epidemic.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The access line of every request and the audit line of every write go to files of their own (the %test paths,
 * {@code target/gateway-*.log}), whole, and not to the console's handlers.
 */
@QuarkusTest
class AccessLogFileTest {

    private static final Path ACCESS = Path.of("target/gateway-access.log");
    private static final Path AUDIT = Path.of("target/gateway-audit.log");
    private static final String LINE_START = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3} ";

    @Test
    void aReadIsInTheAccessFileAndAWriteAlsoInTheAuditFileNotOnTheConsole() throws Exception {
        List<String> rootLoggerNames = new CopyOnWriteArrayList<>();
        Handler root = new Handler() {
            @Override
            public void publish(LogRecord r) {
                rootLoggerNames.add(r.getLoggerName());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(root);
        try {
            String read = "access-" + UUID.randomUUID();
            RestAssured.given().header("X-API-Key", GatewayTestEnvironment.WRITER_KEY).header("X-Request-Id", read)
                    .get("/api/v1/supplies/items").then().statusCode(200);
            String write = "audit-" + UUID.randomUUID();
            // personnel-office may read supplies but not write them: refused by the policy, still a write attempt audited
            RestAssured.given().header("X-API-Key", GatewayTestEnvironment.WRITER_KEY).header("X-Request-Id", write)
                    .contentType("application/json").body("{}").post("/api/v1/supplies/items").then().statusCode(403);

            String readLine = lineWith(ACCESS, "rid=" + read);
            assertTrue(readLine.matches(LINE_START + "GET /api/v1/supplies/items 200 \\d+\\.\\dms client=personnel-office route=supplies rid="
                    + read), readLine);
            String refusedLine = lineWith(ACCESS, "rid=" + write);
            assertTrue(refusedLine.matches(LINE_START + "POST /api/v1/supplies/items 403 \\d+\\.\\dms client=personnel-office route=supplies rid="
                    + write + " forbidden"), refusedLine);
            String auditLine = lineWith(AUDIT, "rid=" + write);
            assertTrue(auditLine.matches(LINE_START + "write client=personnel-office method=POST path=/api/v1/supplies/items status=403 rid="
                    + write), auditLine);
            assertEquals(Optional.empty(), find(AUDIT, "rid=" + read), "a read is not audited");
            // the root's handlers do hear the other loggers: the absence below is the categories' own handlers at work
            Logger.getLogger("cn.gov.epidemic.gateway.test").warning("a line for the console");
            assertTrue(rootLoggerNames.contains("cn.gov.epidemic.gateway.test"), "the root handler hears other loggers");
            assertTrue(rootLoggerNames.stream().noneMatch(n -> n.equals("gateway.access") || n.equals("gateway.audit")),
                    "access and audit lines reach no console handler: " + rootLoggerNames);
            System.out.printf("[test] access and audit lines found in their files: 3; records of them on the root handlers: 0 (of %d)%n",
                    rootLoggerNames.size());
        } finally {
            Logger.getLogger("").removeHandler(root);
        }
    }

    /** The line of {@code file} containing {@code text}, waiting for the background writer (at most 10 s). */
    private static String lineWith(Path file, String text) throws Exception {
        for (int i = 0; i < 200; i++) {
            Optional<String> line = find(file, text);
            if (line.isPresent()) return line.get();
            Thread.sleep(50);
        }
        throw new AssertionError("no line with " + text + " in " + file.toAbsolutePath());
    }

    private static Optional<String> find(Path file, String text) throws Exception {
        if (!Files.exists(file)) return Optional.empty();
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> l.contains(text)).findFirst();
    }
}
