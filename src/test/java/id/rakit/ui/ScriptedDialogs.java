package id.rakit.ui;

import id.rakit.post.Publication;
import id.rakit.ui.common.DialogService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Answers the app's questions as a test scripted them, and remembers what it was told. */
public final class ScriptedDialogs implements DialogService {

    public final Deque<List<Path>> files = new ArrayDeque<>();
    public final Deque<Path> exportFolders = new ArrayDeque<>();
    public final Deque<Path> backupFolders = new ArrayDeque<>();
    public final Deque<String> reasons = new ArrayDeque<>();
    public final Deque<Duration> corrections = new ArrayDeque<>();
    public final Deque<Publication> publications = new ArrayDeque<>();
    public final List<Path> openedFolders = new CopyOnWriteArrayList<>();
    public final List<Path> openedFiles = new CopyOnWriteArrayList<>();
    public final Deque<Path> bundles = new ArrayDeque<>();
    public final Deque<String> altTexts = new ArrayDeque<>();
    public boolean confirmAnswer = true;
    public final List<String> confirmations = new CopyOnWriteArrayList<>();
    public final List<String> infos = new CopyOnWriteArrayList<>();
    public final List<String> errors = new CopyOnWriteArrayList<>();

    @Override
    public List<Path> chooseMediaFiles() {
        return files.isEmpty() ? List.of() : new ArrayList<>(files.poll());
    }

    @Override
    public Optional<Path> chooseExportFolder(Optional<Path> suggested) {
        return Optional.ofNullable(exportFolders.poll());
    }

    @Override
    public Optional<Path> chooseBackupFolder() {
        return Optional.ofNullable(backupFolders.poll());
    }

    @Override
    public Optional<String> askAcceptReason(String itemName, String currentReason) {
        return Optional.ofNullable(reasons.poll());
    }

    @Override
    public Optional<Duration> askClockCorrection(String cameraLabel, Duration current) {
        return Optional.ofNullable(corrections.poll());
    }

    @Override
    public Optional<Publication> askPublication(Optional<Publication> current) {
        return Optional.ofNullable(publications.poll());
    }

    @Override
    public void openFolder(Path folder) {
        openedFolders.add(folder);
    }

    @Override
    public void openFile(Path file) {
        openedFiles.add(file);
    }

    @Override
    public Optional<Path> chooseBundle() {
        return Optional.ofNullable(bundles.poll());
    }

    @Override
    public Optional<String> askAltText(String itemName, String current) {
        return Optional.ofNullable(altTexts.poll());
    }

    @Override
    public boolean confirm(String title, String message) {
        confirmations.add(message);
        return confirmAnswer;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(message);
    }
}
