package id.rakit.evidence.ingest;

import id.rakit.evidence.MediaInfo;
import id.rakit.evidence.MediaType;
import id.rakit.evidence.metadata.MetadataReader;
import id.rakit.evidence.rendition.Deadline;
import id.rakit.evidence.rendition.ExifThumbnail;
import id.rakit.evidence.rendition.IsolatedRenditions;
import id.rakit.evidence.rendition.RenditionPaths;
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

    /**
     * The picture maker that decodes in this process. FFmpeg's native code runs here too: for
     * tests and measurements; the window and the command line use {@link #isolatedPictures(int)}.
     */
    public static PictureMaker pictures() {
        RenditionWriter writer = new RenditionWriter();
        return new Maker() {
            @Override
            Rendition photo(Path file, ByteBuffer content, String format, int turn, RenditionPaths out, Deadline d) {
                return content != null ? writer.writePhoto(file, content, format, turn, out, d)
                        : writer.writePhoto(file, format, turn, out, d);
            }

            @Override
            Rendition video(Path file, String format, int rotation, RenditionPaths out, Deadline d) {
                return writer.writeVideoPoster(file, format, rotation, out, d);
            }
        };
    }

    /**
     * The picture maker that decodes in up to {@code processes} rendition processes of their own:
     * a file that hangs a decoder, exhausts its memory or crashes it costs that file its picture,
     * never the window, an import lane or another file.
     */
    public static PictureMaker isolatedPictures(int processes) {
        IsolatedRenditions renditions = IsolatedRenditions.start(processes);
        return new Maker() {
            @Override
            Rendition photo(Path file, ByteBuffer content, String format, int turn, RenditionPaths out, Deadline d) {
                return renditions.writePhoto(file, format, turn, out, d);
            }

            @Override
            Rendition video(Path file, String format, int rotation, RenditionPaths out, Deadline d) {
                return renditions.writeVideoPoster(file, format, rotation, out, d);
            }

            @Override
            public void close() {
                renditions.close();
            }
        };
    }

    /** The two makers' common part: which turn a picture needs, and what the import is told. */
    private abstract static class Maker implements PictureMaker {
        abstract Rendition photo(Path file, ByteBuffer content, String format, int turn, RenditionPaths out, Deadline d);

        abstract Rendition video(Path file, String format, int rotation, RenditionPaths out, Deadline d);

        @Override
        public PictureResult make(Path file, MediaInfo media, Path thumbnail, Path preview, Deadline deadline) {
            return make(file, null, media, thumbnail, preview, null, deadline);
        }

        @Override
        public PictureResult make(Path file, ByteBuffer content, MediaInfo media, Path thumbnail, Path preview,
                                  Deadline deadline) {
            return make(file, content, media, thumbnail, preview, null, deadline);
        }

        @Override
        public PictureResult make(Path file, ByteBuffer content, MediaInfo media, Path thumbnail, Path preview,
                                  Path publishable, Deadline deadline) {
            RenditionPaths out = new RenditionPaths(thumbnail, preview, Optional.ofNullable(publishable));
            Rendition r;
            if (media.mediaType() == MediaType.VIDEO) {
                r = video(file, media.format(), media.rotation().orElse(0), out, deadline);
            } else {
                r = photo(file, content, media.format(), turnOf(media), out, deadline);
            }
            Optional<Long> hash = r.perceptualHash().isPresent()
                    ? Optional.of(r.perceptualHash().getAsLong()) : Optional.empty();
            return new PictureResult(r.written(), hash, r.problems());
        }

        @Override
        public Optional<QuickLook> quickLook(Path file) {
            return ExifThumbnail.read(file).map(t -> new QuickLook(t.jpeg(), t.orientation()));
        }
    }

    /**
     * The turn a photo needs to stand upright: its EXIF orientation, except in HEIF and AVIF files,
     * whose {@code irot} is the turn (their EXIF orientation only repeats it for other programs).
     */
    static int turnOf(MediaInfo media) {
        String format = media.format().toUpperCase(java.util.Locale.ROOT);
        if (format.equals("HEIC") || format.equals("HEIF") || format.equals("AVIF")) {
            return RenditionWriter.orientationOfTurn(media.rotation().orElse(0));
        }
        return media.orientation().orElse(1);
    }
}
