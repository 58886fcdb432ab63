package id.rakit.evidence.ingest;

import id.rakit.evidence.MediaInfo;
import id.rakit.evidence.MediaType;
import id.rakit.evidence.metadata.MetadataReader;
import id.rakit.evidence.rendition.Deadline;
import id.rakit.evidence.rendition.ExifThumbnail;
import id.rakit.evidence.rendition.Rendition;
import id.rakit.evidence.rendition.RenditionPaths;
import id.rakit.evidence.rendition.RenditionWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;

/** Rakit's real metadata reader and picture maker, behind the import path's small interfaces. */
public final class StandardReaders {

    private StandardReaders() {
    }

    public static MediaReader metadata(ZoneId zone) {
        MetadataReader reader = new MetadataReader(zone);
        return reader::read;
    }

    public static PictureMaker pictures() {
        RenditionWriter writer = new RenditionWriter();
        return new PictureMaker() {
            @Override
            public PictureResult make(Path file, MediaInfo media, Path thumbnail, Path preview, Deadline deadline) {
                try {
                    Files.createDirectories(thumbnail.getParent());
                    Files.createDirectories(preview.getParent());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                RenditionPaths out = new RenditionPaths(thumbnail, preview);
                Rendition r = media.mediaType() == MediaType.VIDEO
                        ? writer.writeVideoPoster(file, media.format(), media.rotation().orElse(0), out, deadline)
                        : writer.writePhoto(file, media.format(), media.orientation().orElse(1), out, deadline);
                Optional<Long> hash = r.perceptualHash().isPresent()
                        ? Optional.of(r.perceptualHash().getAsLong()) : Optional.empty();
                return new PictureResult(r.written(), hash, r.problems());
            }

            @Override
            public Optional<QuickLook> quickLook(Path file) {
                return ExifThumbnail.read(file).map(t -> new QuickLook(t.jpeg(), t.orientation()));
            }
        };
    }
}
