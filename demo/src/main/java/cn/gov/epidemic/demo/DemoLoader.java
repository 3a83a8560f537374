package cn.gov.epidemic.demo;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.function.Supplier;

/** Loads the run command's demo data through the gateway's HTTP API, like a client system, so that its events flow as in production. */
public final class DemoLoader {

    /** The source's time zone: "today" of the observations, shifts and passes. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /**
     * Requests in flight for the bulk parts: the services, not the loader, are the limit (on 2 cores 8 loaded the data in
     * 72 s, 4 in 83 s); far below the demo client's rate limit.
     */
    private static final int THREADS = 8;

    private DemoLoader() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: DemoLoader <gateway URL> <API-key file> [<closure-approver API-key file>]");
            System.exit(2);
        }
        String key = Files.readString(Path.of(args[1])).trim();
        String approver = args.length > 2 ? Files.readString(Path.of(args[2])).trim() : null;
        try {
            load(URI.create(args[0]), key, approver);
        } catch (RuntimeException e) {
            System.err.println("[demo] " + e.getMessage());
            System.exit(1);
        }
    }

    /** Loads with one client; the X512 road closure then stays requested (its approval needs another client). */
    public static void load(URI gatewayBase, String apiKey) {
        load(gatewayBase, apiKey, null);
    }

    /**
     * Loads the demo data unless it is there.
     *
     * @param apiKey      a client with every role
     * @param approverKey another client with {@code closure:approve}: a closure may not be approved by its requester; null
     *                    leaves the county-road closure requested
     * @throws IllegalStateException when a request is refused or a flow does not answer in time; the data is then partial
     */
    public static void load(URI gatewayBase, String apiKey, String approverKey) {
        try (Api api = new Api(gatewayBase, apiKey, THREADS)) {
            if (present(api)) return;
            long t0 = System.nanoTime();
            log("loading the demo data of the source document through " + gatewayBase + " ...");
            try {
                // checkpoints first: personnel-service deploys people to them by their id; inspections last, when the
                // dispatches' passes and the officers of the fever case's destination are there
                CheckpointDemo checkpoints = new CheckpointDemo(api, approverKey == null ? null : api.as(approverKey));
                People people = new People();
                PersonnelDemo personnel = new PersonnelDemo(api, people);
                SuppliesDemo supplies = new SuppliesDemo(api);
                CrossServiceDemo cross = new CrossServiceDemo(api, people, personnel, timed("checkpoints, road closures, passes",
                        checkpoints::checkpointsClosuresAndPasses));
                step("personnel: Hohhot, Xilingol, Alxa, Hinggan", personnel::load);
                step("personnel: Chifeng community officers, people on duty at three checkpoints", cross::deployments);
                step("supplies: Bayannur shipments, allocation, dispatches with their passes; Ordos donations", supplies::load);
                step("checkpoint inspections: Alxa, Chifeng, the Wuyuan dispatch at Linhe", () -> {
                    checkpoints.inspections();
                    cross.inspectWuyuanDispatch(supplies.wuyuanDispatchId());
                });
            } catch (RuntimeException e) {
                throw new IllegalStateException("demo data load stopped after " + (System.nanoTime() - t0) / 1_000_000
                        + " ms, the data is partial (start again with --reset, or without the demo data: --no-demo): " + e.getMessage(), e);
            }
            log("demo data loaded in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        }
    }

    private static boolean present(Api api) {
        boolean plan = api.get(PersonnelDemo.BASE + "/plans?divisionCode=150100&size=1").path("totalItems").asLong() > 0;
        boolean checkpoints = api.get(CheckpointDemo.BASE + "?size=1").path("totalItems").asLong() > 0;
        if (!plan && !checkpoints) return false;
        if (CrossServiceDemo.lastStepDone(api)) {
            log("demo data already present");
        } else {
            log("WARNING demo data incomplete: an earlier load stopped part-way; start with --reset to load it again");
        }
        return true;
    }

    private static <T> T timed(String what, Supplier<T> work) {
        long t0 = System.nanoTime();
        T result = work.get();
        log(what + ": " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        return result;
    }

    private static void step(String what, Runnable work) {
        timed(what, () -> {
            work.run();
            return null;
        });
    }

    static void log(String message) {
        System.out.println("[demo] " + message);
    }
}
