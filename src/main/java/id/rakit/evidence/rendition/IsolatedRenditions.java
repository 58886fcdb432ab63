package id.rakit.evidence.rendition;

import id.rakit.evidence.FileProblem;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thumbnails, previews and publishable JPEGs made in rendition processes ({@link RenditionWorker}),
 * one file at a time each, so that no file can take the window or another file down: a file that
 * outlives its limit has its process killed (its decoder stops using the processor at once, native
 * code included); a process that runs out of memory or crashes costs that one file its picture,
 * and the next file gets a fresh process. Each process has its own heap of {@link #HEAP}, which
 * bounds what any decoder may take.
 *
 * <p>When no process can be started, the pictures are made here in pure Java (no FFmpeg), so native
 * code never runs in the window's own process.
 */
public final class IsolatedRenditions implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IsolatedRenditions.class);
    /** Each rendition process's heap: a 4096 px publishable JPEG and a 1280 px preview fit with room to spare. */
    static final String HEAP = "512m";
    private static final Duration START_LIMIT = Duration.ofSeconds(30);
    /** A process nobody has asked for this long is stopped, and its memory given back. */
    private static final Duration IDLE_LIMIT = Duration.ofMinutes(2);

    private final int max;
    private final Optional<List<String>> command;
    private final RenditionWriter inProcess = RenditionWriter.pureJava();
    private final Deque<Worker> idle = new ArrayDeque<>();
    private final Set<Worker> all = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService watchdog;
    private final AtomicInteger started = new AtomicInteger();
    private int live;
    private boolean closed;

    IsolatedRenditions(int max, Optional<List<String>> command) {
        this.max = Math.max(1, max);
        this.command = command;
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rakit-rendition-watchdog");
            t.setDaemon(true);
            return t;
        });
        watchdog.scheduleWithFixedDelay(this::watch, 50, 50, TimeUnit.MILLISECONDS);
    }

    /** Up to {@code processes} rendition processes, started when first needed. */
    public static IsolatedRenditions start(int processes) {
        Optional<List<String>> command = workerCommand();
        if (command.isEmpty()) {
            LOG.warn("no way to start a rendition process here: pictures are made in pure Java, without FFmpeg");
        }
        return new IsolatedRenditions(processes, command);
    }

    /** How many rendition processes have been started so far (a killed or crashed one is replaced). */
    public int processesStarted() {
        return started.get();
    }

    /** The rendition processes running now, busy or idle. */
    List<ProcessHandle> processes() {
        List<ProcessHandle> out = new ArrayList<>();
        for (Worker w : all) {
            out.add(w.process.toHandle());
        }
        return out;
    }

    /** As {@link RenditionWriter#writePhoto(Path, String, int, RenditionPaths, Deadline)}, in a rendition process. */
    public Rendition writePhoto(Path source, String format, int orientation, RenditionPaths out, Deadline deadline) {
        return run(RenditionProtocol.PHOTO, source, format, orientation, out, deadline);
    }

    /** As {@link RenditionWriter#writeVideoPoster}, in a rendition process. */
    public Rendition writeVideoPoster(Path source, String format, int rotationDegrees, RenditionPaths out,
                                      Deadline deadline) {
        return run(RenditionProtocol.VIDEO, source, format, rotationDegrees, out, deadline);
    }

    private Rendition run(byte kind, Path source, String format, int turn, RenditionPaths out, Deadline deadline) {
        if (deadline.passed()) {
            return Rendition.failed(FileProblem.TIMED_OUT, Optional.empty());
        }
        Worker worker;
        try {
            worker = acquire(deadline);
        } catch (IOException e) {
            LOG.warn("no rendition process for {}; making its pictures here without FFmpeg", source, e);
            return kind == RenditionProtocol.VIDEO ? inProcess.writeVideoPoster(source, format, turn, out, deadline)
                    : inProcess.writePhoto(source, format, turn, out, deadline);
        }
        if (worker == null) {
            return Rendition.failed(FileProblem.TIMED_OUT, Optional.empty());
        }
        boolean reusable = false;
        try {
            RenditionProtocol.Answer answer = worker.ask(new RenditionProtocol.Request(kind, source, format, turn, out,
                    deadline.millisLeft()), deadline);
            switch (answer.status()) {
                case RenditionProtocol.DONE -> {
                    reusable = true;
                    return answer.rendition();
                }
                case RenditionProtocol.WRITE_FAILED -> {
                    reusable = true;
                    throw new UncheckedIOException("cannot write the pictures of " + source,
                            new IOException(answer.detail()));
                }
                default -> {
                    LOG.warn("the rendition process ran out of memory ({}) on {}", HEAP, source);
                    return Rendition.failed(FileProblem.CORRUPT, Optional.empty());
                }
            }
        } catch (IOException e) {
            if (deadline.passed()) {
                LOG.info("stopped the rendition process of {}: its time ran out", source);
                return Rendition.failed(FileProblem.TIMED_OUT, Optional.empty());
            }
            LOG.warn("the rendition process ended while making the pictures of {} ({})", source, e.toString());
            return Rendition.failed(FileProblem.NO_PREVIEW, Optional.empty());
        } finally {
            release(worker, reusable);
        }
    }

    /** An idle process, a new one, or null when the deadline passed while all were busy. */
    private Worker acquire(Deadline deadline) throws IOException {
        synchronized (this) {
            while (true) {
                if (closed) {
                    throw new IOException("closed");
                }
                Worker w = idle.pollFirst();
                if (w != null && w.alive()) {
                    w.idleSince = 0;
                    return w;
                }
                if (w != null) {
                    forget(w);
                    continue;
                }
                if (live < max) {
                    live++;
                    break;
                }
                if (deadline.passed()) {
                    return null;
                }
                try {
                    wait(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
        }
        try {
            Worker w = Worker.start(command.orElseThrow(() -> new IOException("no rendition command")));
            all.add(w);
            started.incrementAndGet();
            return w;
        } catch (IOException | RuntimeException e) {
            synchronized (this) {
                live--;
                notifyAll();
            }
            throw e instanceof IOException io ? io : new IOException(e);
        }
    }

    private void release(Worker w, boolean reusable) {
        synchronized (this) {
            if (reusable && !closed && w.alive()) {
                w.idleSince = System.nanoTime();
                idle.addFirst(w);
            } else {
                w.kill();
                forget(w);
            }
            notifyAll();
        }
    }

    private void forget(Worker w) {
        if (all.remove(w)) {
            live--;
        }
    }

    /** Kills the process of a file whose time is up, and stops processes idle too long. */
    private void watch() {
        for (Worker w : all) {
            w.killIfLate();
        }
        synchronized (this) {
            long now = System.nanoTime();
            idle.removeIf(w -> {
                if (w.idleSince != 0 && now - w.idleSince > IDLE_LIMIT.toNanos()) {
                    w.kill();
                    forget(w);
                    return true;
                }
                return false;
            });
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            for (Worker w : all) {
                w.kill();
            }
            all.clear();
            idle.clear();
            live = 0;
            notifyAll();
        }
        watchdog.shutdownNow();
    }

    /**
     * The command that starts a rendition process: this Java runtime with this class path, or, in
     * an installed Rakit whose runtime has no {@code java} command, Rakit's own launcher.
     */
    static Optional<List<String>> workerCommand() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
        Path java = Path.of(System.getProperty("java.home"), "bin", windows ? "javaw.exe" : "java");
        if (!Files.isExecutable(java) && windows) {
            java = Path.of(System.getProperty("java.home"), "bin", "java.exe");
        }
        String classPath = absoluteClassPath();
        if (Files.isExecutable(java) && !classPath.isEmpty()) {
            return Optional.of(belowTheWindow(List.of(java.toString(), "-Xmx" + HEAP, "-XX:+UseSerialGC",
                    "-XX:-UsePerfData", "-Xss1m", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-cp", classPath,
                    RenditionWorker.class.getName())));
        }
        return ProcessHandle.current().info().command()
                .map(launcher -> belowTheWindow(List.of(launcher, RenditionWorker.ARGUMENT)));
    }

    /**
     * On Linux and macOS the rendition processes run niced, so that on a 2-core PC their start and
     * their decoding never hold the window's frames back (Windows already favours the window in
     * front). Without {@code nice} they run as they are.
     */
    static List<String> belowTheWindow(List<String> command) {
        Path nice = Path.of("/usr/bin/nice");
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win") || !Files.isExecutable(nice)) {
            return command;
        }
        List<String> out = new ArrayList<>(List.of(nice.toString(), "-n", "10"));
        out.addAll(command);
        return List.copyOf(out);
    }

    private static String absoluteClassPath() {
        String cp = System.getProperty("java.class.path", "");
        List<String> out = new ArrayList<>();
        for (String entry : cp.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                out.add(Path.of(entry).toAbsolutePath().toString());
            }
        }
        return String.join(File.pathSeparator, out);
    }

    /** One rendition process. */
    private static final class Worker {
        private final Process process;
        private final DataOutputStream toProcess;
        private final DataInputStream fromProcess;
        private volatile Deadline current;
        volatile long idleSince;

        private Worker(Process process) {
            this.process = process;
            this.toProcess = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
            this.fromProcess = new DataInputStream(new BufferedInputStream(process.getInputStream()));
        }

        static Worker start(List<String> command) throws IOException {
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().put("JAVA_TOOL_OPTIONS", "-Xmx" + HEAP);
            Process process = builder.start();
            Worker w = new Worker(process);
            w.drainErrors();
            w.current = Deadline.after(START_LIMIT);
            try {
                int hello = w.fromProcess.readInt();
                if (hello != RenditionProtocol.HELLO) {
                    throw new IOException("the rendition process said " + Integer.toHexString(hello));
                }
            } catch (IOException e) {
                w.kill();
                throw e;
            } finally {
                w.current = null;
            }
            LOG.debug("rendition process {} started", process.pid());
            return w;
        }

        RenditionProtocol.Answer ask(RenditionProtocol.Request request, Deadline deadline) throws IOException {
            current = deadline;
            try {
                RenditionProtocol.write(toProcess, request);
                return RenditionProtocol.readAnswer(fromProcess);
            } finally {
                current = null;
            }
        }

        boolean alive() {
            return process.isAlive();
        }

        void killIfLate() {
            Deadline d = current;
            if (d != null && d.passed()) {
                kill();
            }
        }

        void kill() {
            process.destroyForcibly();
        }

        /** What the process writes to standard error (a library's warnings) goes to the log. */
        private void drainErrors() {
            Thread t = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        if (!line.startsWith("Picked up JAVA_TOOL_OPTIONS")) {
                            LOG.debug("rendition process {}: {}", process.pid(), line);
                        }
                    }
                } catch (IOException e) {
                    // the process is gone
                }
            }, "rakit-rendition-errors");
            t.setDaemon(true);
            t.start();
        }
    }
}
