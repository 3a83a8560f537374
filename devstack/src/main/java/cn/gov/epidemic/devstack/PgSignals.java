package cn.gov.epidemic.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Freezes and thaws a PostgreSQL server (its postmaster and all its children) with SIGSTOP / SIGCONT. */
final class PgSignals {

    private PgSignals() {
    }

    /** SIGSTOP: the postmaster first, so that it forks no new backend while its children are being stopped. */
    static void stop(Path dataDir) throws IOException, InterruptedException {
        long postmaster = postmasterPid(dataDir);
        kill("STOP", List.of(postmaster));
        kill("STOP", children(postmaster));
    }

    /** SIGCONT to the children first, then the postmaster: work in flight resumes before new work is accepted. */
    static void cont(Path dataDir) throws IOException, InterruptedException {
        long postmaster = postmasterPid(dataDir);
        kill("CONT", children(postmaster));
        kill("CONT", List.of(postmaster));
    }

    /** The first line of postmaster.pid is the postmaster's pid (the data dir of a running server has one). */
    private static long postmasterPid(Path dataDir) throws IOException {
        Path f = dataDir.resolve("data").resolve("postmaster.pid");
        if (!Files.exists(f)) f = dataDir.resolve("postmaster.pid");
        return Long.parseLong(Files.readAllLines(f).get(0).trim());
    }

    private static List<Long> children(long pid) {
        return ProcessHandle.of(pid).map(h -> h.descendants().map(ProcessHandle::pid).toList()).orElse(List.of());
    }

    // the JDK can only send TERM/KILL; kill(1) from procps sends the rest
    private static void kill(String signal, List<Long> pids) throws IOException, InterruptedException {
        if (pids.isEmpty()) return;
        List<String> cmd = new ArrayList<>(List.of("kill", "-" + signal));
        pids.forEach(p -> cmd.add(String.valueOf(p)));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("kill -" + signal + " " + pids + " failed: " + out.trim());
        }
    }
}
