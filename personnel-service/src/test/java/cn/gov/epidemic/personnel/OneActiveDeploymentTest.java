package cn.gov.epidemic.personnel;

import cn.gov.epidemic.testkit.Sql;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "At most one active deployment per person" holds when many requests race for the same person. */
@QuarkusTest
class OneActiveDeploymentTest {

    private static final int RACERS = 25;

    private static List<Integer> race(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> c : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return c.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) statuses.add(f.get());
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentActivationsOfOnePersonLeaveExactlyOneActive() throws Exception {
        String person = Api.person("并发干警甲");
        String village = Api.village();
        List<String> planned = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) planned.add(Api.plannedDeployment(person, village));
        List<Callable<Integer>> calls = new ArrayList<>();
        for (String d : planned) {
            calls.add(() -> Api.writer().post(Api.BASE + "/deployments/" + d + "/activation").then().extract().statusCode());
        }
        List<Integer> statuses = race(calls);
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "exactly one activation wins: " + statuses);
        assertEquals(RACERS - 1, statuses.stream().filter(s -> s == 409).count(), "the others are refused with 409: " + statuses);
        assertEquals(1, Sql.count("select count(*) from deployment where person_id = ? and state = 'ACTIVE'", UUID.fromString(person)));
    }

    @Test
    void concurrentImmediateDeploymentsOfOnePersonCreateExactlyOneActive() throws Exception {
        String person = Api.person("并发干警乙");
        String village = Api.village();
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            calls.add(() -> Api.writer().body(Map.of("personId", person, "destinationType", "DIVISION", "divisionCode", village,
                    "duties", List.of("PUBLIC_ORDER"), "activateNow", true)).post(Api.BASE + "/deployments").then().extract().statusCode());
        }
        List<Integer> statuses = race(calls);
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "exactly one succeeds: " + statuses);
        assertEquals(RACERS - 1, statuses.stream().filter(s -> s == 409).count(), "the others are refused with 409: " + statuses);
        assertEquals(1, Sql.count("select count(*) from deployment where person_id = ? and state = 'ACTIVE'", UUID.fromString(person)));
        assertEquals(1, Sql.count("select count(*) from deployment where person_id = ?", UUID.fromString(person)), "a refused request leaves nothing behind");
    }
}
