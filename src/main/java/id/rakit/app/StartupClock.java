package id.rakit.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Time since this process was launched, for {@code bench startup}. On Linux from the kernel's
 * record of the process start (10 ms ticks; Java's own {@code ProcessHandle} start time there is
 * rounded to the boot second, and the JVM's start time leaves out its own start-up); elsewhere
 * from {@code ProcessHandle}, which Windows gives to a tenth of a microsecond.
 */
final class StartupClock {

    /** A moment of the start, in milliseconds since launch. */
    record Mark(String what, long millis) {
    }

    private final long launchedAtMillis;
    private final List<Mark> marks = new ArrayList<>();

    private StartupClock(long launchedAtMillis) {
        this.launchedAtMillis = launchedAtMillis;
    }

    /** Starts counting from this process's launch. */
    static StartupClock sinceLaunch() {
        long now = System.currentTimeMillis();
        long age = linuxProcessAge().orElseGet(() -> ProcessHandle.current().info().startInstant()
                .map(t -> now - t.toEpochMilli()).orElse(0L));
        return new StartupClock(now - age);
    }

    private static java.util.Optional<Long> linuxProcessAge() {
        Path stat = Path.of("/proc/self/stat");
        if (!Files.isReadable(stat)) {
            return java.util.Optional.empty();
        }
        try {
            String text = Files.readString(stat);
            // the fields after the command name, which may itself hold spaces and parentheses
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[19]);
            double uptimeSeconds = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            // USER_HZ is 100 on every Linux that Java runs on
            return java.util.Optional.of(Math.round(uptimeSeconds * 1000) - startTicks * 10);
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private Throwable failure;

    /** The start failed: the window did not open. */
    synchronized void fail(Throwable cause) {
        failure = cause;
    }

    synchronized java.util.Optional<Throwable> failure() {
        return java.util.Optional.ofNullable(failure);
    }

    synchronized void mark(String what) {
        marks.add(new Mark(what, System.currentTimeMillis() - launchedAtMillis));
    }

    synchronized List<Mark> marks() {
        return List.copyOf(marks);
    }
}
