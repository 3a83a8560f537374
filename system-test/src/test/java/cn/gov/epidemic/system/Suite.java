package cn.gov.epidemic.system;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The whole suite as the run command starts it: the same launcher ({@code DevStack}, the same classpath as
 * {@code run.sh}) with a fresh data directory, free ports, the four packaged applications and the demo data loaded
 * through the gateway. Started once per test JVM and stopped when it ends. The launcher takes {@code stop NAME},
 * {@code kill NAME}, {@code start NAME} and {@code infra COMMAND} on its stdin, so a test can take one service or the
 * broker or PostgreSQL down for a while.
 */
final class Suite {

    private static Suite instance;

    final String gateway;
    final String apiKey;
    final String kafka;
    final Map<String, Integer> ports;
    final long startMillis;
    /** The launcher's data directory: {@code logs/<name>.log} holds each application's output. */
    final Path dir;
    private final Process launcher;
    private final PrintWriter commands;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Map<String, Long> pids = new ConcurrentHashMap<>();
    /** Each application's management port (metrics, detailed health), as the launcher reports it. */
    final Map<String, Integer> managementPorts = new ConcurrentHashMap<>();

    static synchronized Suite get() {
        if (instance == null) instance = new Suite();
        return instance;
    }

    private Suite() {
        try {
            Path root = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
            dir = Path.of(System.getProperty("suite.dir", "target/suite")).toAbsolutePath();
            String cp = root.resolve("devstack/target/devstack-1.0.0-SNAPSHOT.jar") + ":"
                    + Files.readString(root.resolve("devstack/target/classes/devstack-runtime.classpath")).trim();
            int pg = freePort(), kafkaPort = freePort();
            ports = Map.of("personnel", freePort(), "supplies", freePort(), "checkpoint", freePort(), "gateway", freePort());
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx192m", "-cp", cp, "cn.gov.epidemic.devstack.DevStack", "--data-dir", dir.toString(), "--reset",
                    "--pg-port", String.valueOf(pg), "--kafka-port", String.valueOf(kafkaPort), "--commands-on-stdin",
                    "--free-management-ports")); // never the fixed 908x of a suite started by run.sh
            for (String s : List.of("personnel", "supplies", "checkpoint")) {
                cmd.addAll(List.of("--service", s + "=" + root.resolve(s + "-service/target/quarkus-app/quarkus-run.jar") + ":" + ports.get(s) + ":" + s));
            }
            cmd.addAll(List.of("--service", "gateway=" + root.resolve("gateway/target/quarkus-app/quarkus-run.jar") + ":" + ports.get("gateway")));
            long t0 = System.nanoTime();
            launcher = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "suite-stop"));
            commands = new PrintWriter(launcher.getOutputStream(), true, StandardCharsets.UTF_8);
            Path log = dir.resolveSibling("suite.log");
            Thread pump = new Thread(() -> pump(log), "suite-log");
            pump.setDaemon(true);
            pump.start();
            await("DEVSTACK_READY", 15);
            startMillis = (System.nanoTime() - t0) / 1_000_000;
            gateway = "http://127.0.0.1:" + ports.get("gateway");
            apiKey = Files.readString(dir.resolve("api-key.txt")).trim();
            kafka = "127.0.0.1:" + kafkaPort;
            System.out.printf("[suite] ready in %d ms (gateway %s, kafka %s)%n", startMillis, gateway, kafka);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request through the gateway as the demo integrator (an API key with every role). */
    RequestSpecification api() {
        // English, as the assertions on problem texts are written (the suite answers in Chinese by default)
        return RestAssured.given().baseUri(gateway).header("X-API-Key", apiKey).header("Accept-Language", "en")
                .contentType("application/json").accept("application/json");
    }

    /** Stops one application (the launcher sends it SIGTERM and waits); the rest keep running. */
    void stop(String name) {
        command("stop " + name, "[devstack] " + name + " stopped", 1);
    }

    /** Kills one application with SIGKILL, as a crash: no shutdown, whatever it was doing is cut off. */
    void kill(String name) {
        command("kill " + name, "[devstack] " + name + " killed", 1);
    }

    /** Starts it again from its jar and waits until it is ready. */
    void start(String name) {
        command("start " + name, "[devstack] " + name + " ready", 3);
    }

    /** An infrastructure command ({@code kafka-stop}, {@code pg-freeze} ...), answered once it is done. */
    void infra(String cmd) {
        command("infra " + cmd, "[devstack] infra " + cmd + " done", 3);
    }

    /** The process id of a running application, as the launcher reported it when it was ready. */
    long pid(String name) {
        Long pid = pids.get(name);
        if (pid == null) throw new IllegalStateException(name + " has not been started");
        return pid;
    }

    /** Resident memory (kB) of each application's process, from /proc. */
    Map<String, Long> residentKb() {
        Map<String, Long> rss = new java.util.LinkedHashMap<>();
        pids.forEach((name, pid) -> {
            try {
                for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                    if (l.startsWith("VmRSS:")) rss.put(name, Long.parseLong(l.replaceAll("[^0-9]", "")));
                }
            } catch (IOException ignored) {
                // the process is gone
            }
        });
        return rss;
    }

    private synchronized void command(String cmd, String marker, int minutes) {
        lines.clear(); // answers to earlier commands are not this one's
        commands.println(cmd);
        await(marker, "[devstack] command failed: " + cmd + ":", minutes);
    }

    private void await(String marker, int minutes) {
        await(marker, null, minutes);
    }

    private void await(String marker, String failure, int minutes) {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
        try {
            while (System.nanoTime() < end) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null && line.contains(marker)) return;
                if (line != null && failure != null && line.startsWith(failure)) throw new IllegalStateException(line);
                if (line == null && !launcher.isAlive()) throw new IllegalStateException("the launcher exited with " + launcher.exitValue() + "; see target/suite.log and the applications' logs in " + dir.resolve("logs"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("no '" + marker + "' from the launcher within " + minutes + " min; see target/suite.log and the applications' logs in " + dir.resolve("logs"));
    }

    private void pump(Path log) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8));
             var w = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                w.write(line);
                w.newLine();
                w.flush();
                // "[devstack] personnel ready on http://... (pid 1234, log ...)"
                var m = java.util.regex.Pattern.compile("^\\[devstack\\] (\\S+) ready on .*\\(pid (\\d+),").matcher(line);
                if (m.find()) pids.put(m.group(1), Long.parseLong(m.group(2)));
                var mgmt = java.util.regex.Pattern.compile("^\\[devstack\\] (\\S+) ready on .*\\(management :(\\d+)\\)").matcher(line);
                if (mgmt.find()) managementPorts.put(mgmt.group(1), Integer.parseInt(mgmt.group(2)));
                if (line.startsWith("[devstack]") || line.startsWith("DEVSTACK_") || line.startsWith("[demo]")) {
                    System.out.println(line);
                    lines.add(line);
                }
            }
        } catch (IOException ignored) {
            // the launcher is gone
        }
    }

    private void stopAll() {
        if (launcher.isAlive()) {
            launcher.destroy(); // SIGTERM: the launcher stops the applications, then Kafka and PostgreSQL
            try {
                if (!launcher.waitFor(60, TimeUnit.SECONDS)) launcher.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
