package cn.gov.epidemic.kitweb.ops;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Stops this service when the local-stack launcher that started it is gone (env {@code DEVSTACK_PARENT_PID}):
 * a launcher killed with -9 runs no shutdown hook, and its children would otherwise keep running.
 */
@ApplicationScoped
public class ParentWatchdog {

    private static final Logger LOG = Logger.getLogger(ParentWatchdog.class);

    void start(@Observes StartupEvent ev) {
        String pid = System.getenv("DEVSTACK_PARENT_PID");
        if (pid == null || pid.isBlank()) return;
        Optional<ProcessHandle> parent = ProcessHandle.of(Long.parseLong(pid.trim()));
        Thread t = new Thread(() -> {
            while (parent.map(ProcessHandle::isAlive).orElse(false)) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
            LOG.warnf("launcher %s is gone: stopping", pid);
            Quarkus.asyncExit(0);
        }, "parent-watchdog");
        t.setDaemon(true);
        t.start();
    }
}
