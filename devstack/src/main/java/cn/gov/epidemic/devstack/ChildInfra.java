package cn.gov.epidemic.devstack;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link InfraMain} in a child JVM, touching no Kafka or zonky class in the calling JVM.
 *
 * <p>The child's classpath is this jar plus the jars listed in {@code devstack-runtime.classpath} (written at build
 * time), so the broker's jars (Scala, log4j, ...) never meet a Quarkus classpath. The child's stdin is a pipe from
 * this JVM: when this JVM dies, even by kill -9, the pipe closes and the child stops PostgreSQL and Kafka.
 */
public final class ChildInfra implements AutoCloseable {

    private final Process process;
    private final Map<String, String> values;
    private final BlockingQueue<String> acks;

    private ChildInfra(Process process, Map<String, String> values, BlockingQueue<String> acks) {
        this.process = process;
        this.values = values;
        this.acks = acks;
    }

    /**
     * For a test's infrastructure: the JVM compiles with C1 only ({@code -XX:TieredStopAtLevel=1}), the quickest start
     * for a broker that lives a minute and carries a few hundred records.
     */
    public static ChildInfra start(String... infraArgs) throws IOException {
        return start(false, false, infraArgs);
    }

    /**
     * For the local suite's infrastructure, which runs for hours under load: the JVM compiles hot code with C2 as
     * well (with C1 only, the broker's request handling stayed at C1's speed for good: 10.5 ms of its CPU per pass
     * flow at 20/s, 7.0 ms with C2 and the consumers' commits once a second), and, with {@code classArchive}, maps
     * the classes its last clean run loaded (a {@link ClassArchive} next to this jar; the broker's Scala classes are
     * most of its start). A class archive needs a packaged jar: a class path with a directory (a reactor build's
     * target/classes) cannot be archived.
     */
    public static ChildInfra startForSuite(boolean classArchive, String... infraArgs) throws IOException {
        return start(classArchive, true, infraArgs);
    }

    private static ChildInfra start(boolean classArchive, boolean longRunning, String... infraArgs) throws IOException {
        long t0 = System.nanoTime();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = classpath();
        List<Path> entries = Arrays.stream(cp.split(File.pathSeparator)).map(Path::of).toList();
        ClassArchive archive = classArchive && entries.stream().allMatch(e -> e.toString().endsWith(".jar"))
                ? ClassArchive.of(entries.get(0).toAbsolutePath().getParent(), "infra", entries) : null;
        ClassArchive.Start cds = archive == null ? null : archive.next();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:+UseSerialGC"));
        if (!longRunning) cmd.add("-XX:TieredStopAtLevel=1");
        if (cds != null) cmd.addAll(cds.flags());
        cmd.addAll(List.of("-cp", cp, InfraMain.class.getName(), "--exit-on-stdin-eof"));
        cmd.addAll(List.of(infraArgs));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (archive != null) archive.started(p, cds);
        CompletableFuture<Map<String, String>> ready = new CompletableFuture<>();
        BlockingQueue<String> acks = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> pump(p.getInputStream(), ready, acks), "devstack-child-stdout");
        reader.setDaemon(true);
        reader.start();
        Map<String, String> v;
        try {
            v = ready.get(180, TimeUnit.SECONDS);
        } catch (Exception e) {
            p.destroyForcibly();
            throw new IllegalStateException("devstack infrastructure did not become ready", e);
        }
        System.out.printf("[devstack] infrastructure JVM pid %d ready in %d ms: %s%n", p.pid(),
                (System.nanoTime() - t0) / 1_000_000, v.keySet());
        return new ChildInfra(p, v, acks);
    }

    private static void pump(InputStream in, CompletableFuture<Map<String, String>> ready, BlockingQueue<String> acks) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!ready.isDone() && line.startsWith("DEVSTACK_INFRA_READY")) {
                    Map<String, String> m = new HashMap<>();
                    for (String kv : line.substring("DEVSTACK_INFRA_READY".length()).trim().split(" ")) {
                        int i = kv.indexOf('=');
                        if (i > 0) m.put(kv.substring(0, i), kv.substring(i + 1));
                    }
                    ready.complete(m);
                } else if (line.startsWith("DEVSTACK_ACK ") || line.startsWith("DEVSTACK_NACK ")) {
                    acks.add(line);
                } else {
                    System.out.println("[devstack-infra] " + line);
                }
            }
        } catch (IOException ignored) {
            // the child is gone
        } finally {
            ready.completeExceptionally(new IllegalStateException("devstack infrastructure exited before READY"));
        }
    }

    static String classpath() throws IOException {
        String self;
        try {
            self = Path.of(ChildInfra.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try (InputStream in = ChildInfra.class.getResourceAsStream("/devstack-runtime.classpath")) {
            if (in == null) throw new IOException("devstack-runtime.classpath resource missing (build devstack with Maven)");
            String deps = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            return self + java.io.File.pathSeparator + deps;
        }
    }

    public String get(String key) {
        return values.get(key);
    }

    public long pid() {
        return process.pid();
    }

    /**
     * Sends a command ({@code kafka-stop}, {@code kafka-start}, {@code pg-stop}, {@code pg-start}, {@code pg-freeze},
     * {@code pg-thaw}, {@code create-db NAME}; see {@link InfraMain}) and waits until it is done.
     */
    public synchronized void command(String command) throws IOException, InterruptedException {
        acks.clear();
        OutputStream out = process.getOutputStream();
        out.write((command + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        String answer = acks.poll(120, TimeUnit.SECONDS);
        if (answer == null || !answer.equals("DEVSTACK_ACK " + command)) {
            throw new IllegalStateException("infrastructure command '" + command + "' failed: " + answer);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: the child's shutdown hook stops Kafka, then PostgreSQL
        boolean clean = process.waitFor(30, TimeUnit.SECONDS);
        if (!clean) {
            process.destroyForcibly().waitFor();
        }
        ClassArchive.exited(process, clean);
    }
}
