package id.rakit.evidence.ingest;

import id.rakit.evidence.MediaInfo;
import java.nio.file.Path;

/** Reads what a file's metadata says; never throws for a bad file. */
@FunctionalInterface
public interface MediaReader {

    MediaInfo read(Path file);
}
