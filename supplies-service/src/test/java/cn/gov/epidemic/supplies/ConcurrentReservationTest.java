package cn.gov.epidemic.supplies;

import cn.gov.epidemic.testkit.Sql;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Acceptance 3: 120 concurrent reservations of 10 against 555 units: exactly 55 succeed, 65 get a clear 409, never negative. */
@QuarkusTest
class ConcurrentReservationTest {

    private static final int RACERS = 120;

    @Test
    void availableStockNeverGoesNegative() throws Exception {
        String item = Api.item("CONC");
        String warehouse = Api.warehouse();
        String recipient = Api.recipient("HOSPITAL", "并发医院");
        // two lots, so that first-expiry-first-out spreads the reservations: 300 expiring sooner, 255 later
        String early = Api.releasedLot(item, warehouse, 300, Api.today().plusMonths(6));
        String late = Api.releasedLot(item, warehouse, 255, Api.today().plusYears(2));

        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object[]>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < RACERS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    var r = Api.allocator().body(Map.of("recipientId", recipient, "itemId", item, "warehouseId", warehouse, "quantity", 10))
                            .post(Api.BASE + "/reservations").then().extract();
                    return new Object[]{r.statusCode(), r.contentType(), r.statusCode() == 409 ? r.path("type") : null};
                }));
            }
            start.countDown();
            int ok = 0, refused = 0;
            for (Future<Object[]> f : futures) {
                Object[] r = f.get();
                int status = (Integer) r[0];
                if (status == 201) ok++;
                else {
                    assertEquals(409, status, "a refusal is a 409");
                    assertTrue(String.valueOf(r[1]).startsWith("application/problem+json"));
                    assertEquals("https://epidemic.gov.cn/problems/insufficient-stock", r[2]);
                    refused++;
                }
            }
            assertEquals(55, ok, "exactly the satisfiable count succeeds");
            assertEquals(RACERS - 55, refused);
        } finally {
            pool.shutdownNow();
        }
        assertArrayEquals(new int[]{300, 300, 0}, Api.stock(warehouse, early), "the earlier expiry is used up first");
        assertArrayEquals(new int[]{255, 250, 5}, Api.stock(warehouse, late));
        assertEquals(0, Sql.count("select count(*) from stock_balance where available < 0 or reserved < 0 or on_hand < 0"));
        assertEquals(55, Sql.count("select count(*) from reservation where item_id = ? and state = 'ACTIVE'", UUID.fromString(item)));
        assertEquals(550, Sql.count("select coalesce(sum(reserved_delta), 0) from stock_movement where item_id = ? and kind = 'RESERVATION'", UUID.fromString(item)));
        Api.consistentLedger();
    }
}
