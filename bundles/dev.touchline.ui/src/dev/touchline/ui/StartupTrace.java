package dev.touchline.ui;

import java.lang.management.ManagementFactory;
import java.util.HashSet;
import java.util.Set;

/**
 * Start-up milestones, printed when Touchline runs with {@code -Dtouchline.startupTrace=true}
 * (releng/benchmark-startup.sh reads them): how long after the JVM started the workbench window
 * opened and the first map was painted. Each milestone is printed once.
 */
public final class StartupTrace {

    private static final boolean ON = Boolean.getBoolean("touchline.startupTrace");
    private static final Set<String> SEEN = new HashSet<>();

    private StartupTrace() {
    }

    /** Prints "touchline startup: NAME at N ms" the first time NAME is reached. */
    public static void mark(String name) {
        if (ON && SEEN.add(name)) {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println("touchline startup: " + name + " at " + ms + " ms");
        }
    }
}
