package cn.gov.epidemic.devstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./run.sh token [--seconds N] [ROLE...]}: prints a fresh service token signed with the local suite's key
 * ({@code .devstack/keys/}), for calling a service directly with curl; no roles given means every role.
 *
 * <p>It lives 5 minutes by default and at most {@link DevKeys#MAX_LIFETIME_SECONDS} (the services refuse longer-lived
 * tokens), so that a token pasted somewhere is useless soon: mint another instead of keeping one.
 */
public final class MintToken {

    private MintToken() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(".devstack");
        long seconds = 300;
        List<String> roles = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            boolean valued = args[i].equals("--data-dir") || args[i].equals("--seconds");
            if (valued && i + 1 == args.length) {
                System.err.println(args[i] + " needs a value; usage: ./run.sh token [--seconds N] [--data-dir DIR] [ROLE...]");
                System.exit(2);
            }
            switch (args[i]) {
                case "--data-dir" -> dataDir = Path.of(args[++i]);
                case "--seconds" -> seconds = seconds(args[++i]);
                default -> roles.add(args[i]);
            }
        }
        if (seconds < 1 || seconds > DevKeys.MAX_LIFETIME_SECONDS) {
            System.err.println("--seconds must be between 1 and " + DevKeys.MAX_LIFETIME_SECONDS + " (the services refuse longer-lived tokens)");
            System.exit(2);
        }
        for (String r : roles) {
            if (!DevStack.ALL_ROLES.contains(r)) {
                System.err.println("unknown role " + r + "; roles: " + String.join(" ", DevStack.ALL_ROLES));
                System.exit(2);
            }
        }
        DevKeys keys = DevKeys.inDirectory(dataDir.resolve("keys"));
        System.out.println(keys.token("devstack-operator", roles.isEmpty() ? DevStack.ALL_ROLES : roles, seconds));
    }

    private static long seconds(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            System.err.println("--seconds takes a whole number of seconds, not '" + value + "'");
            System.exit(2);
            return 0;
        }
    }
}
