package cn.gov.epidemic.devstack;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Entry point of the infrastructure JVM: a real PostgreSQL and a real Kafka broker, one READY line on stdout.
 *
 * <p>Prints {@code DEVSTACK_INFRA_READY jdbcUrl=... username=... password=... bootstrap=...}, then runs until
 * SIGINT/SIGTERM or, with {@code --exit-on-stdin-eof}, until its stdin closes (the parent died, even by kill -9).
 * Lines on stdin are commands for outage tests, each answered with {@code DEVSTACK_ACK <command>} (or
 * {@code DEVSTACK_NACK <command> <reason>}) once done: {@code kafka-stop}, {@code kafka-start} (broker down/up, data
 * and port kept); {@code pg-stop}, {@code pg-start} (PostgreSQL fast shutdown — open connections break — and start
 * again, data and port kept); {@code pg-freeze}, {@code pg-thaw} (SIGSTOP / SIGCONT of the postmaster and all its
 * children: a database that hangs); {@code create-db NAME}.
 *
 * <p>Args: [--pg-port N] [--kafka-port N] [--db NAME]... [--data-dir DIR (persistent; default: temp, deleted)]
 * [--exit-on-stdin-eof] [--no-kafka] [--no-pg]
 */
public final class InfraMain {

    private InfraMain() {
    }

    public static void main(String[] args) throws Exception {
        int pgPort = 0, kafkaPort = 0;
        java.util.List<String> dbs = new java.util.ArrayList<>();
        Path dataDir = null;
        boolean stdinWatch = false, withKafka = true, withPg = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--pg-port" -> pgPort = Integer.parseInt(args[++i]);
                case "--kafka-port" -> kafkaPort = Integer.parseInt(args[++i]);
                case "--db" -> dbs.add(args[++i]);
                case "--data-dir" -> dataDir = Path.of(args[++i]).toAbsolutePath();
                case "--exit-on-stdin-eof" -> stdinWatch = true;
                case "--no-kafka" -> withKafka = false;
                case "--no-pg" -> withPg = false;
                default -> throw new IllegalArgumentException("unknown arg " + args[i]);
            }
        }
        if (dbs.isEmpty()) dbs.add("app");
        long t0 = System.nanoTime();
        // hook first: whatever got started is stopped, also when a later start fails
        final EmbeddedPg[] pgRef = new EmbeddedPg[1];
        final EmbeddedKafka[] kafkaRef = new EmbeddedKafka[1];
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("[devstack] stopping infrastructure");
            try { if (kafkaRef[0] != null) kafkaRef[0].close(); } catch (Exception e) { e.printStackTrace(); }
            try { if (pgRef[0] != null) pgRef[0].close(); } catch (Exception e) { e.printStackTrace(); }
            System.err.println("[devstack] infrastructure stopped");
        }, "devstack-infra-shutdown"));
        EmbeddedPg pg = null;
        EmbeddedKafka kafka = null;
        try {
            // PostgreSQL (initdb and the server are processes of their own) and the broker (this JVM) start side by
            // side: neither needs the other, and the start is only as long as the longer of the two
            final int pgP = pgPort, kafkaP = kafkaPort;
            final Path dir = dataDir;
            CompletableFuture<EmbeddedPg> pgStart = !withPg ? CompletableFuture.completedFuture(null) : CompletableFuture.supplyAsync(() -> {
                try {
                    EmbeddedPg started = pgRef[0] = EmbeddedPg.start(pgP, dir == null ? null : Files.createDirectories(dir.resolve("pg")), dbs.get(0));
                    for (String db : dbs.subList(1, dbs.size())) started.createDatabase(db);
                    return started;
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            }, InfraMain::daemon);
            CompletableFuture<EmbeddedKafka> kafkaStart = !withKafka ? CompletableFuture.completedFuture(null) : CompletableFuture.supplyAsync(() -> {
                try {
                    return kafkaRef[0] = dir == null
                            ? EmbeddedKafka.start(kafkaP, Files.createTempDirectory("kafka-kraft-"), true)
                            : EmbeddedKafka.start(kafkaP, Files.createDirectories(dir.resolve("kafka")), false);
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            }, InfraMain::daemon);
            try {
                CompletableFuture.allOf(pgStart, kafkaStart).join();
            } catch (CompletionException e) {
                throw e.getCause();
            }
            pg = pgStart.join();
            kafka = kafkaStart.join();
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(1); // runs the hook; ChildInfra sees EOF before READY and fails the test resource
        }

        StringBuilder ready = new StringBuilder("DEVSTACK_INFRA_READY");
        if (pg != null) {
            ready.append(" jdbcUrl=").append(pg.jdbcUrl()).append(" username=").append(pg.username())
                    .append(" password=").append(pg.password()).append(" pgPort=").append(pg.port());
        }
        if (kafka != null) ready.append(" bootstrap=").append(kafka.bootstrapServers());
        ready.append(" startMs=").append((System.nanoTime() - t0) / 1_000_000);
        System.out.println(ready);
        System.out.flush();

        if (stdinWatch) {
            EmbeddedKafka k = kafka;
            EmbeddedPg p = pg;
            Thread w = new Thread(() -> commands(k, p), "devstack-stdin-watch");
            w.setDaemon(true);
            w.start();
        }
        Thread.currentThread().join(); // until System.exit / signal
    }

    /** Runs a start on a thread of its own that does not keep the JVM alive. */
    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "devstack-infra-start");
        t.setDaemon(true);
        t.start();
    }

    /** Reads commands until EOF; EOF means the parent is gone, so the whole infrastructure goes with it. */
    private static void commands(EmbeddedKafka kafka, EmbeddedPg pg) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String cmd = line.trim();
                if (cmd.isEmpty()) continue;
                try {
                    if (cmd.startsWith("create-db ") && pg != null) {
                        pg.createDatabase(cmd.substring("create-db ".length()).trim());
                    } else {
                        switch (cmd) {
                            case "kafka-stop" -> kafka.stop();
                            case "kafka-start" -> kafka.restart();
                            case "pg-stop" -> pg.stop();
                            case "pg-start" -> pg.restart();
                            case "pg-freeze" -> pg.freeze();
                            case "pg-thaw" -> pg.thaw();
                            default -> throw new IllegalArgumentException("unknown command");
                        }
                    }
                    System.out.println("DEVSTACK_ACK " + cmd);
                } catch (Exception e) {
                    System.out.println("DEVSTACK_NACK " + cmd + " " + e);
                }
                System.out.flush();
            }
        } catch (Exception ignored) {
            // the pipe broke: same as EOF
        }
        System.err.println("[devstack] stdin closed: parent gone, exiting");
        System.exit(0);
    }
}
