package id.rakit.evidence.ingest;

import id.rakit.evidence.MediaInfo;
import id.rakit.evidence.MediaType;
import id.rakit.evidence.metadata.MetadataReader;
import id.rakit.evidence.rendition.Deadline;
import id.rakit.evidence.rendition.ExifThumbnail;
import id.rakit.evidence.rendition.Rendition;
import id.rakit.evidence.rendition.RenditionPaths;
import id.rakit.evidence.rendition.RenditionWriter;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;

/** Rakit's real metadata reader and picture maker, behind the import path's small interfaces. */
public final class StandardReaders {

    private StandardReaders() {
    }

    public static MediaReader metadata(ZoneId zone) {
        MetadataReader reader = new MetadataReader(zone);
        return new MediaReader() {
            @Override
            public MediaInfo read(Path file) {
                return reader.read(file);
            }

            @Override
            public MediaInfo read(Path file, ByteBuffer content) {
                return reader.read(file, content);
            }

            @Override
            public MediaInfo read(Path file, ByteBuffer start, long size) {
                return reader.read(file, start, size);
            }

            @Override
            public Optional<MediaInfo> notMedia(Path file, ByteBuffer head, long size) {
                return reader.notMedia(file, head, size);
            }
        };
    }

    public static PictureMaker pictures() {
        RenditionWriter writer = new RenditionWriter();
        return new PictureMaker() {
            @Override
            public PictureResult make(Path file, MediaInfo media, Path thumbnail, Path preview, Deadline deadline) {
                return make(file, null, media, thumbnail, preview, deadline);
            }

            @Override
            public PictureResult make(Path file, ByteBuffer content, MediaInfo media, Path thumbnail, Path preview,
                                      Deadline deadline) {
                RenditionPaths out = new RenditionPaths(thumbnail, preview);
                Rendition r;
                if (media.mediaType() == MediaType.VIDEO) {
                    r = writer.writeVideoPoster(file, media.format(), media.rotation().orElse(0), out, deadline);
                } else if (content != null) {
                    r = writer.writePhoto(file, content, media.format(), media.orientation().orElse(1), out, deadline);
                } else {
                    r = writer.writePhoto(file, media.format(), media.orientation().orElse(1), out, deadline);
                }
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
