package id.rakit.app;

import id.rakit.i18n.Causes;
import id.rakit.i18n.Messages;
import id.rakit.library.MediaLibrary;
import id.rakit.store.RecoveryJournal;
import java.util.ArrayList;
import java.util.List;

/**
 * What this start did that the admin should know, in one status line: a database recovered,
 * what was tidied up after a session that was killed, edits written from the recovery journal,
 * a daily backup that could not be made. Empty when there is nothing to tell.
 */
final class StartNews {

    private StartNews() {
    }

    static String of(AppContext context, Opening.Opened opened, Messages m) {
        List<String> parts = new ArrayList<>();
        String aside = opened.aside().map(p -> p.getFileName().toString()).orElse("");
        if (opened.from().isPresent() && opened.aside().isPresent()) {
            parts.add(m.get("start.restored", opened.from().get().file().getFileName(), aside));
        } else if (opened.from().isPresent()) {
            parts.add(m.get("start.restoredMissing", opened.from().get().file().getFileName()));
        } else if (opened.aside().isPresent()) {
            parts.add(m.get("start.fresh", aside));
        }
        MediaLibrary.Tidied t = context.tidied();
        List<String> tidied = new ArrayList<>();
        if (t.unfinishedCopies() > 0) {
            tidied.add(m.get("start.tidied.copies", t.unfinishedCopies()));
        }
        if (t.unlistedFiles() > 0) {
            tidied.add(m.get("start.tidied.unlisted", t.unlistedFiles(),
                    t.unlistedMovedTo().map(Object::toString).orElse("")));
        }
        if (t.missingFiles() > 0) {
            tidied.add(m.get("start.tidied.missing", t.missingFiles()));
        }
        if (!tidied.isEmpty()) {
            parts.add(m.get("start.tidied", String.join("; ", tidied)));
        }
        RecoveryJournal.Replay replay = context.replayed();
        if (replay.written() > 0) {
            parts.add(m.get("start.replayed", replay.written()));
        }
        if (replay.notWritten() > 0) {
            parts.add(m.get("start.replayPending", replay.notWritten()));
        }
        context.backupFailure().ifPresent(e -> parts.add(m.get("start.backupFailed", new Causes(m).describe(e))));
        return String.join(" ", parts);
    }
}
