package cn.gov.epidemic.devstack;

import cn.gov.epidemic.demo.DemoLoader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The run command: PostgreSQL and Kafka in a child JVM (side by side), then every application jar as a child process
 * (all at once, each waited for on its readiness), then the demo data through the gateway ({@link DemoLoader}).
 *
 * <pre>
 *   java -cp devstack.jar:$(cat devstack-runtime.classpath) cn.gov.epidemic.devstack.DevStack [--data-dir .devstack] [--reset]
 *        [--pg-port 15432] [--kafka-port 19092] [--no-demo] [--free-management-ports] [--no-class-archives] [--follow-logs]
 *        --service personnel=personnel-service/target/quarkus-app/quarkus-run.jar:8081:personnel
 * </pre>
 *
 * Each application's management interface (metrics, detailed health) listens on its port + 1000 (personnel 9081,
 * gateway 9080), or with {@code --free-management-ports} (the system test) on a free port, given in
 * {@code QUARKUS_MANAGEMENT_PORT}.
 *
 * Every JVM it starts (the infrastructure's and each application's) maps the classes its last clean run loaded
 * ({@link ClassArchive}, a dynamic CDS archive next to its jar; {@code --no-class-archives} starts them without).
 *
 * Each service gets its own database, {@code KAFKA_BOOTSTRAP_SERVERS}, the token public key,
 * {@code DEVSTACK_<NAME>_URL} of every service (a gateway routes with these) and {@code DEVSTACK_PARENT_PID}:
 * the kit's watchdog stops a service whose launcher is gone, so a launcher killed with -9 leaves nothing running
 * (the infrastructure JVM watches its stdin for the same reason). Ctrl-C stops services, then Kafka and PostgreSQL.
 *
 * Each application writes its output straight into {@code <data-dir>/logs/<name>.log} (the gateway its access and
 * audit lines into {@code gateway-access.log} and {@code gateway-audit.log} beside it); the console gets one line per
 * application when it is ready, and the end of its log when it exits on its own. {@code --follow-logs} also copies
 * every line of every application to the console, prefixed with its name, as earlier versions did: a read and two
 * writes per line in this process, on the machine's cores the applications share.
 */
public final class DevStack {

    /** One application; {@code managementPort} serves its metrics and detailed health (not routed by the gateway). */
    record Svc(String name, Path jar, int port, String db, int managementPort) {
    }

    /** Every role of DESIGN.md's security model: the printed demo token may do anything. */
    static final List<String> ALL_ROLES = List.of("personnel:read", "personnel:write", "personnel:pii",
            "supplies:read", "supplies:write", "supplies:allocate", "checkpoint:read", "checkpoint:inspect",
            "pass:issue", "closure:approve", "admin");

    private DevStack() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable t) {
            System.err.println("[devstack] failed: " + t);
            t.printStackTrace();
            System.exit(1); // runs the shutdown hook: stops what was started
        }
    }

    static void run(String[] args) throws Exception {
        Path dataDir = Path.of(".devstack");
        int pgPort = 15432, kafkaPort = 19092;
        boolean reset = false, demo = true, commands = false, freeManagementPorts = false, classArchives = true, followLogs = false;
        List<Svc> svcs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> dataDir = Path.of(args[++i]);
                case "--pg-port" -> pgPort = Integer.parseInt(args[++i]);
                case "--kafka-port" -> kafkaPort = Integer.parseInt(args[++i]);
                case "--reset" -> reset = true;
                case "--no-demo" -> demo = false;
                case "--commands-on-stdin" -> commands = true;
                case "--free-management-ports" -> freeManagementPorts = true;
                case "--no-class-archives" -> classArchives = false;
                case "--follow-logs" -> followLogs = true;
                case "--service" -> {
                    String[] nv = args[++i].split("=", 2);
                    String[] parts = nv[1].split(":");
                    int port = Integer.parseInt(parts[1]);
                    svcs.add(new Svc(nv[0], Path.of(parts[0]), port, parts.length > 2 ? parts[2] : null, port + 1000));
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (freeManagementPorts) {
            for (int i = 0; i < svcs.size(); i++) {
                Svc s = svcs.get(i);
                svcs.set(i, new Svc(s.name(), s.jar(), s.port(), s.db(), freePort()));
            }
        }
        dataDir = dataDir.toAbsolutePath();
        if (reset) {
            System.out.println("[devstack] --reset: deleting " + dataDir);
            EmbeddedKafka.deleteRecursively(dataDir);
        }
        Files.createDirectories(dataDir.resolve("logs"));
        long t0 = System.nanoTime();
        DevKeys keys = DevKeys.inDirectory(dataDir.resolve("keys"));
        String apiKey = demoApiKey(dataDir);

        final ChildInfra[] infra = new ChildInfra[1];
        final Map<String, Process> children = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
        final java.util.concurrent.atomic.AtomicBoolean stopping = new java.util.concurrent.atomic.AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            System.out.println("[devstack] stopping services");
            List<Process> started = new ArrayList<>(children.values());
            for (int i = started.size() - 1; i >= 0; i--) started.get(i).destroy();
            for (Process p : started) {
                try {
                    boolean clean = p.waitFor(20, TimeUnit.SECONDS);
                    if (!clean) p.destroyForcibly().waitFor();
                    ClassArchive.exited(p, clean);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            }
            System.out.println("[devstack] stopping kafka + postgres");
            try {
                if (infra[0] != null) infra[0].close();
            } catch (Exception e) {
                e.printStackTrace();
            }
            System.out.println("[devstack] stopped");
        }, "devstack-shutdown"));

        List<String> infraArgs = new ArrayList<>(List.of("--data-dir", dataDir.toString(),
                "--pg-port", String.valueOf(pgPort), "--kafka-port", String.valueOf(kafkaPort)));
        for (Svc s : svcs) {
            if (s.db() != null) infraArgs.addAll(List.of("--db", s.db()));
        }
        infra[0] = ChildInfra.startForSuite(classArchives, infraArgs.toArray(String[]::new));
        String jdbcBase = infra[0].get("jdbcUrl");
        jdbcBase = jdbcBase.substring(0, jdbcBase.lastIndexOf('/') + 1);

        Map<String, String> urls = new LinkedHashMap<>();
        for (Svc s : svcs) {
            urls.put("DEVSTACK_" + s.name().toUpperCase(Locale.ROOT).replace('-', '_') + "_URL", "http://127.0.0.1:" + s.port());
        }
        // problem type URIs point at the gateway's page of each type, the same in every application's answers (an
        // identifier callers compare, so configured, not taken from each request's forwarded headers)
        svcs.stream().filter(s -> s.name().equals("gateway")).findFirst().ifPresent(gw -> urls.put("PROBLEM_TYPE_BASE",
                Optional.ofNullable(System.getenv("PROBLEM_TYPE_BASE")).orElseGet(() -> Optional.ofNullable(System.getenv("GATEWAY_PUBLIC_URL"))
                        .filter(u -> !u.isBlank()).map(u -> u.replaceAll("/+$", "")).orElse("http://127.0.0.1:" + gw.port()) + "/problems/")));
        Launcher launcher = new Launcher(dataDir, urls, infra[0], keys, jdbcBase, classArchives, followLogs);
        // every application at once: none needs another to start (the gateway probes the services in the background
        // and routes a request to one that is not up yet to a 503), and each is waited for on its own readiness
        long ta = System.nanoTime();
        List<java.util.concurrent.CompletableFuture<Void>> ready = new ArrayList<>();
        for (Svc s : svcs) {
            Started st = launcher.spawn(s);
            children.put(s.name(), st.process());
            ready.add(java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    launcher.awaitReady(s, st);
                } catch (Exception e) {
                    throw new java.util.concurrent.CompletionException(e);
                }
            }, r -> {
                Thread t = new Thread(r, "devstack-ready-" + s.name());
                t.setDaemon(true);
                t.start();
            }));
        }
        try {
            java.util.concurrent.CompletableFuture.allOf(ready.toArray(java.util.concurrent.CompletableFuture[]::new)).join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof Exception x ? x : e;
        }
        System.out.printf("[devstack] all applications ready in %d ms%n", (System.nanoTime() - ta) / 1_000_000);
        if (demo) { // through the gateway like any client system, so that every record makes its events and the flows run
            Svc gw = svcs.stream().filter(s -> s.name().equals("gateway")).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("the demo data is loaded through the gateway: add --service gateway=... or --no-demo"));
            DemoLoader.load(URI.create("http://127.0.0.1:" + gw.port()), apiKey, Files.readString(dataDir.resolve("approver-key.txt")).trim());
        }
        long readyMs = (System.nanoTime() - t0) / 1_000_000;
        Files.deleteIfExists(dataDir.resolve("token.txt")); // the long-lived token of earlier versions
        StringBuilder banner = new StringBuilder("\n================ epidemic-response suite ready in ").append(readyMs).append(" ms\n");
        banner.append("PostgreSQL  ").append(jdbcBase).append("  (user postgres)\nKafka       ").append(infra[0].get("bootstrap")).append('\n');
        Svc gateway = svcs.stream().filter(s -> s.name().equals("gateway")).findFirst().orElse(null);
        for (Svc s : svcs) {
            String base = "http://127.0.0.1:" + s.port();
            if (s == gateway) continue;
            banner.append(String.format("%-11s %s  (OpenAPI %s/q/openapi, docs %s/q/swagger-ui, health %s/q/health/ready)%n",
                    s.name(), base, base, base, base));
            banner.append(String.format("%-11s management http://127.0.0.1:%d/q/health, /q/metrics%n", "", s.managementPort()));
        }
        if (gateway != null) {
            String g = "http://127.0.0.1:" + gateway.port();
            banner.append("\nGATEWAY     ").append(g).append("/api/v1/...   (the single entry for callers)\n");
            banner.append("  OpenAPI   ").append(g).append("/openapi   docs ").append(g).append("/docs/   health ").append(g).append("/q/health/ready\n");
            banner.append("  management http://127.0.0.1:").append(gateway.managementPort()).append("/q/health (each service's state), /q/metrics\n");
            banner.append("  API key   ").append(apiKey).append("   (every role; also in ").append(dataDir.resolve("api-key.txt")).append(")\n");
            banner.append("  Try:      curl -H \"X-API-Key: $(cat ").append(dataDir.resolve("api-key.txt")).append(")\" \"")
                    .append(g).append("/api/v1/personnel/plans?divisionCode=150100\"\n");
        }
        banner.append("\nService token (for calling a service directly; lives 5 min): ./run.sh token [ROLE...]\n")
                .append("  e.g.      curl -H \"Authorization: Bearer $(./run.sh token personnel:read)\" http://127.0.0.1:8081/api/v1/personnel/plans\n");
        banner.append("Ctrl-C stops everything; data stays in ").append(dataDir).append(" (run with --reset to start empty)\n");
        System.out.println(banner);
        System.out.println("DEVSTACK_READY in " + readyMs + " ms");
        if (commands) commands(svcs, children, launcher);
        Path logs = dataDir.resolve("logs");
        boolean tails = !followLogs;
        children.forEach((name, p) -> p.onExit().thenAccept(x -> {
            System.out.println("[devstack] child " + x.pid() + " exited with " + x.exitValue());
            // on its own (not stopped by a command or at the end): the console shows why
            if (tails && !stopping.get() && children.get(name) == p) printTail(name, logs.resolve(name + ".log"), 0);
        }));
        Thread.currentThread().join();
    }

    /** Starts one application from its jar with the suite's environment and waits until it is ready. */
    private record Launcher(Path dataDir, Map<String, String> urls, ChildInfra infra, DevKeys keys, String jdbcBase,
                            boolean classArchives, boolean followLogs) {

        /** Starts one application and waits until it is ready (the {@code start NAME} command). */
        Process start(Svc s) throws Exception {
            Started st = spawn(s);
            awaitReady(s, st);
            return st.process();
        }

        /** Waits until {@code st} answers its readiness check, then prints the ready line callers wait for. */
        void awaitReady(Svc s, Started st) throws Exception {
            try {
                waitReady(s, st.process());
            } catch (Exception e) {
                if (!followLogs) printTail(s.name(), st.log(), st.logStart()); // why it did not start: the console has nothing else of it
                throw e;
            }
            System.out.printf("[devstack] %s ready on http://127.0.0.1:%d (management :%d) in %d ms (pid %d, log %s)%n",
                    s.name(), s.port(), s.managementPort(), (System.nanoTime() - st.startedAt()) / 1_000_000, st.process().pid(), st.log());
        }

        Started spawn(Svc s) throws Exception {
            long ts = System.nanoTime();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> cmd = new ArrayList<>(List.of(java, "-Xms64m", "-Xmx384m", "-XX:+UseSerialGC"));
            // the classes of the last clean run, mapped instead of loaded again (the first run writes them at exit)
            ClassArchive archive = classArchives ? ClassArchive.ofApplication(s.jar()) : null;
            ClassArchive.Start cds = archive == null ? null : archive.next();
            if (cds != null) cmd.addAll(cds.flags());
            cmd.addAll(List.of("-Dvertx.disableURIValidation=true", "-jar", s.jar().toAbsolutePath().toString()));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            Map<String, String> env = pb.environment();
            env.putAll(urls);
            env.put("QUARKUS_HTTP_PORT", String.valueOf(s.port()));
            env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(s.managementPort()));
            env.put("KAFKA_BOOTSTRAP_SERVERS", infra.get("bootstrap"));
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyFile().toString());
            env.put("MP_JWT_VERIFY_ISSUER", DevKeys.ISSUER);
            // the key that encrypts the pass-signing key at rest: checkpoint-service only
            if (s.name().equals("checkpoint")) env.put("CHECKPOINT_PASS_KEK", keys.passKek());
            // flow 3's sealing key: the two ends of the referral flow only
            if (s.name().equals("checkpoint") || s.name().equals("personnel")) env.put("EPIDEMIC_SEALING_KEYS", keys.sealingKeys());
            env.put("DEVSTACK_PARENT_PID", String.valueOf(ProcessHandle.current().pid()));
            // the gateway's: its signing key (the services hold the public half) and the API keys it accepts
            env.put("GATEWAY_TOKEN_PRIVATE_KEY_LOCATION", dataDir.resolve("keys").resolve("token-private.pem").toString());
            env.put("GATEWAY_CLIENTS_FILE", dataDir.resolve("clients.json").toString());
            env.put("GATEWAY_ACCESS_LOG", dataDir.resolve("logs").resolve("gateway-access.log").toString());
            env.put("GATEWAY_AUDIT_LOG", dataDir.resolve("logs").resolve("gateway-audit.log").toString());
            if (s.db() != null) {
                env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcBase + s.db());
                env.put("QUARKUS_DATASOURCE_USERNAME", infra.get("username"));
                env.put("QUARKUS_DATASOURCE_PASSWORD", infra.get("password"));
            }
            Path log = dataDir.resolve("logs").resolve(s.name() + ".log");
            // where this run's lines begin: a log kept across runs must not give an earlier run's end as this one's cause
            long logStart = Files.exists(log) ? Files.size(log) : 0;
            // the child writes its log file itself: no line passes through this process unless it is followed
            if (!followLogs) pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Process p = pb.start();
            if (archive != null) archive.started(p, cds);
            if (followLogs) {
                Thread t = new Thread(() -> pump(s.name(), p, log), "devstack-log-" + s.name());
                t.setDaemon(true);
                t.start();
            }
            return new Started(p, ts, log, logStart);
        }
    }

    /** A child process just started, when, and where its output goes. */
    private record Started(Process process, long startedAt, Path log, long logStart) {
    }

    /**
     * With {@code --commands-on-stdin} (the system test's fault tests): {@code stop NAME} (SIGTERM, a clean shutdown),
     * {@code kill NAME} (SIGKILL: no shutdown at all, as a crash), {@code start NAME}, and {@code infra COMMAND} relayed
     * to the infrastructure JVM ({@code kafka-stop}, {@code kafka-start}, {@code pg-stop}, {@code pg-start},
     * {@code pg-freeze}, {@code pg-thaw}). Each command is answered with one line the caller can wait for:
     * {@code [devstack] NAME stopped|killed|ready on ...}, {@code [devstack] infra COMMAND done}, or
     * {@code [devstack] command failed: LINE: REASON}; a failed command leaves the rest running. The end of stdin
     * (the caller is gone) stops everything.
     */
    private static void commands(List<Svc> svcs, Map<String, Process> children, Launcher launcher) {
        Thread t = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.isBlank()) continue;
                    try {
                        System.out.println(command(line.trim(), svcs, children, launcher));
                    } catch (Exception e) {
                        if (e instanceof InterruptedException) Thread.currentThread().interrupt();
                        System.out.println("[devstack] command failed: " + line.trim() + ": " + e);
                    }
                }
            } catch (IOException e) {
                System.out.println("[devstack] stdin failed: " + e);
            }
            System.exit(0); // stdin closed: whoever started us is gone
        }, "devstack-commands");
        t.setDaemon(true);
        t.start();
    }

    /** Carries out one stdin command and returns its answer line; throws when it cannot be done. */
    private static String command(String line, List<Svc> svcs, Map<String, Process> children, Launcher launcher) throws Exception {
        String[] cmd = line.split("\\s+", 2);
        if (cmd[0].equals("infra") && cmd.length == 2) {
            launcher.infra().command(cmd[1].trim());
            return "[devstack] infra " + cmd[1].trim() + " done";
        }
        Svc s = cmd.length == 2 ? svcs.stream().filter(x -> x.name().equals(cmd[1])).findFirst().orElse(null) : null;
        if (s == null) throw new IllegalArgumentException("unknown command (stop NAME | kill NAME | start NAME | infra COMMAND)");
        switch (cmd[0]) {
            case "stop" -> {
                Process p = children.remove(s.name());
                if (p != null) {
                    p.destroy();
                    boolean clean = p.waitFor(30, TimeUnit.SECONDS);
                    if (!clean) p.destroyForcibly().waitFor();
                    ClassArchive.exited(p, clean);
                }
                return "[devstack] " + s.name() + " stopped";
            }
            case "kill" -> {
                Process p = children.remove(s.name());
                if (p == null) throw new IllegalStateException(s.name() + " is not running");
                p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no graceful drain, as a crash
                p.waitFor();
                ClassArchive.exited(p, false);
                return "[devstack] " + s.name() + " killed (pid " + p.pid() + ", SIGKILL, exit " + p.exitValue() + ")";
            }
            case "start" -> {
                if (children.containsKey(s.name())) throw new IllegalStateException(s.name() + " is already running");
                children.put(s.name(), launcher.start(s)); // prints "[devstack] NAME ready on ..." once it is ready
                return "[devstack] " + s.name() + " started";
            }
            default -> throw new IllegalArgumentException("unknown command (stop NAME | kill NAME | start NAME | infra COMMAND)");
        }
    }

    /**
     * The demo client's API key, made once and kept with the data; the gateway's clients file holds only its hash,
     * as it would for a real client system. A second client, the closure approver, decides the demo's road closure:
     * checkpoint-service refuses an approval by the client that requested it.
     */
    private static String demoApiKey(Path dataDir) throws Exception {
        String key = keyFile(dataDir.resolve("api-key.txt"));
        String approver = keyFile(dataDir.resolve("approver-key.txt"));
        String roles = ALL_ROLES.stream().map(r -> "\"" + r + "\"").collect(java.util.stream.Collectors.joining(", "));
        Files.writeString(dataDir.resolve("clients.json"), "{\"clients\": [\n  {\"name\": \"demo-integrator\", \"keySha256\": [\""
                + sha256(key) + "\"], \"roles\": [" + roles + "], \"ratePerSecond\": 1000, \"burst\": 2000},\n"
                + "  {\"name\": \"demo-closure-approver\", \"keySha256\": [\"" + sha256(approver)
                + "\"], \"roles\": [\"checkpoint:read\", \"closure:approve\"], \"ratePerSecond\": 10, \"burst\": 20}\n]}\n");
        return key;
    }

    private static String keyFile(Path file) throws Exception {
        if (!Files.exists(file)) {
            byte[] b = new byte[24];
            new java.security.SecureRandom().nextBytes(b);
            Files.writeString(file, "demo-" + java.util.HexFormat.of().formatHex(b) + "\n");
        }
        return Files.readString(file).trim();
    }

    private static String sha256(String key) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(key.getBytes(StandardCharsets.UTF_8)));
    }

    private static void waitReady(Svc s, Process p) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            if (!p.isAlive()) throw new IllegalStateException(s.name() + " exited with " + p.exitValue());
            try {
                if (http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (IOException ignored) {
                // not listening yet
            }
            Thread.sleep(50); // a probe costs a refused connect or one health answer: poll often, report ready early
        }
        throw new IllegalStateException(s.name() + " not ready after 180 s");
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The last lines of an application's log after byte {@code start}, when it stopped without being asked to. */
    static void printTail(String name, Path log, long start) {
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(log.toFile(), "r")) {
            long from = Math.min(f.length(), Math.max(start, f.length() - TAIL_BYTES)); // a kept log may be large: only its end
            byte[] end = new byte[(int) (f.length() - from)];
            f.seek(from);
            f.readFully(end);
            List<String> lines = new String(end, StandardCharsets.UTF_8).lines().toList();
            System.out.println("[devstack] the last lines of " + log + ":");
            lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()).forEach(l -> System.out.println("[" + name + "] " + l));
        } catch (IOException e) {
            System.out.println("[devstack] " + log + " unreadable: " + e);
        }
    }

    /** Lines of a log printed when its application stopped on its own. */
    static final int TAIL_LINES = 40;
    private static final int TAIL_BYTES = 64 * 1024;

    /** With {@code --follow-logs}: every line of a child into its log file and, prefixed with its name, the console. */
    private static void pump(String name, Process p, Path log) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
             var w = Files.newBufferedWriter(log, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                     java.nio.file.StandardOpenOption.APPEND)) {
            String line;
            while ((line = r.readLine()) != null) {
                w.write(line);
                w.newLine();
                w.flush();
                System.out.println("[" + name + "] " + line);
            }
        } catch (IOException ignored) {
            // the child is gone
        }
    }
}
