package cn.gov.epidemic.bench;

import com.sun.tools.attach.VirtualMachine;

/**
 * Loads a native agent (async-profiler's library) into a running JVM with its options passed whole: {@code jcmd
 * JVMTI.agent_load} parses {@code key=value} options as its own arguments. Run as a source file:
 * {@code java bench/src/main/java/cn/gov/epidemic/bench/AttachAgent.java PID LIBRARY OPTIONS}.
 */
public final class AttachAgent {

    private AttachAgent() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: AttachAgent PID LIBRARY OPTIONS");
            System.exit(2);
        }
        VirtualMachine vm = VirtualMachine.attach(args[0]);
        try {
            vm.loadAgentPath(args[1], args[2]);
        } finally {
            vm.detach();
        }
    }
}
