package cn.gov.epidemic.personnel;

import cn.gov.epidemic.testkit.Sql;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Idempotency-Key: same key and body → the same response and no duplicate; same key, other body → 422. */
@QuarkusTest
class IdempotencyKeyTest {

    private static final String PEOPLE = Api.BASE + "/people";

    private static long named(String name) {
        return Sql.count("select count(*) from person where name = ?", name);
    }

    @Test
    void aRetryGetsTheFirstResponseWithoutASecondPerson() {
        String key = Api.uuid();
        String name = "幂等" + key.substring(0, 8);
        Map<String, Object> body = Map.of("name", name, "category", "GRID_WORKER");
        var first = Api.writer().header("Idempotency-Key", key).body(body).post(PEOPLE).then().statusCode(201).extract();
        var second = Api.writer().header("Idempotency-Key", key).body(body).post(PEOPLE).then().statusCode(201)
                .header("Idempotent-Replayed", "true").header("Location", first.header("Location")).extract();
        assertEquals(first.path("id").toString(), second.path("id").toString());
        assertEquals(1, named(name));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        String key = Api.uuid();
        String name = "幂等" + key.substring(0, 8);
        Api.writer().header("Idempotency-Key", key).body(Map.of("name", name, "category", "GRID_WORKER")).post(PEOPLE).then().statusCode(201);
        Api.writer().header("Idempotency-Key", key).body(Map.of("name", name, "category", "JUDGE")).post(PEOPLE).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://epidemic.gov.cn/problems/idempotency-key-reused"));
        assertEquals(1, named(name));
    }

    @Test
    void concurrentRetriesCreateOnePerson() throws Exception {
        String key = Api.uuid();
        String name = "并发" + key.substring(0, 8);
        Map<String, Object> body = Map.of("name", name, "category", "GRID_WORKER");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                calls.add(() -> Api.writer().header("Idempotency-Key", key).body(body).post(PEOPLE).then().statusCode(201).extract().path("id"));
            }
            Set<String> ids = new HashSet<>();
            for (Future<String> f : pool.invokeAll(calls)) ids.add(f.get());
            assertEquals(1, ids.size(), "every retry sees the same person");
            assertEquals(1, named(name));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRetriedFollowUpGetsItsFirstAnswerNotAConflict() {
        String kp = Api.writer().body(Map.of("name", "丙", "category", "FROM_WUHAN",
                        "arrivedOn", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1).toString(), "divisionCode", Api.village()))
                .post(Api.BASE + "/key-persons").then().statusCode(201).extract().path("id");
        String key = Api.uuid();
        String url = Api.BASE + "/key-persons/" + kp + "/follow-ups";
        String id = Api.writer().header("Idempotency-Key", key).body(Map.of("temperature", 36.4)).post(url).then().statusCode(201)
                .extract().path("id");
        Api.writer().header("Idempotency-Key", key).body(Map.of("temperature", 36.4)).post(url).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(id));
        assertEquals(1, Sql.count("select count(*) from follow_up where key_person_id = ?::uuid", kp));
    }

    @Test
    void aMalformedKeyIs400() {
        Api.writer().header("Idempotency-Key", "has spaces and !").body(Map.of("name", "x", "category", "JUDGE"))
                .post(PEOPLE).then().statusCode(400).body("violations[0].field", equalTo("Idempotency-Key"));
    }
}
