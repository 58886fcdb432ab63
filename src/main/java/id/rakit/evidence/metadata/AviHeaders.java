package id.rakit.evidence.metadata;

import com.drew.imaging.riff.RiffHandler;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The header chunks of an AVI, walked by metadata-extractor's RIFF reader (which skips the
 * {@code movi} data). Our own handler because the library's rounds the duration to whole seconds
 * in a text field and reads the stream rates as floats.
 */
final class AviHeaders implements RiffHandler {

    long microsecondsPerFrame;
    long headerFrames;
    /** The OpenDML frame count, which also covers the parts past the first gigabyte. */
    long extendedFrames;
    long width;
    long height;
    long videoScale;
    long videoRate;
    long videoLength;
    private boolean sawVideoStream;
    /** The IDIT chunk: when the camera recorded the clip, in its own text form. */
    String dateTimeOriginal;
    boolean isAvi;

    @Override
    public boolean shouldAcceptRiffIdentifier(String identifier) {
        isAvi = identifier.equals("AVI ");
        return isAvi;
    }

    @Override
    public boolean shouldAcceptChunk(String fourCc) {
        return fourCc.equals("avih") || fourCc.equals("strh") || fourCc.equals("dmlh");
    }

    @Override
    public boolean shouldAcceptList(String fourCc) {
        return fourCc.equals("hdrl") || fourCc.equals("strl") || fourCc.equals("odml");
    }

    @Override
    public void processChunk(String fourCc, byte[] payload) {
        ByteBuffer b = ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN);
        switch (fourCc) {
            case "avih" -> {
                if (payload.length >= 40) {
                    microsecondsPerFrame = Integer.toUnsignedLong(b.getInt(0));
                    headerFrames = Integer.toUnsignedLong(b.getInt(16));
                    width = Integer.toUnsignedLong(b.getInt(32));
                    height = Integer.toUnsignedLong(b.getInt(36));
                }
            }
            case "strh" -> {
                if (payload.length >= 36 && !sawVideoStream
                        && new String(payload, 0, 4, StandardCharsets.ISO_8859_1).equals("vids")) {
                    sawVideoStream = true;
                    videoScale = Integer.toUnsignedLong(b.getInt(20));
                    videoRate = Integer.toUnsignedLong(b.getInt(24));
                    videoLength = Integer.toUnsignedLong(b.getInt(32));
                }
            }
            case "dmlh" -> {
                if (payload.length >= 4) {
                    extendedFrames = Integer.toUnsignedLong(b.getInt(0));
                }
            }
            case "IDIT" -> dateTimeOriginal = new String(payload, StandardCharsets.ISO_8859_1);
            default -> {
            }
        }
    }

    @Override
    public void addError(String message) {
        // a damaged chunk list ends the walk; what was read before stays usable
    }

    /**
     * Seconds, the way ExifTool counts them: frames by the main header's frame time, unless the
     * video stream's own count is 2 to 3 times shorter (some cameras count every stream's frames
     * in the main header).
     */
    Double durationSeconds() {
        long frames = extendedFrames > 0 ? extendedFrames : headerFrames;
        Double fromHeader = microsecondsPerFrame > 0 ? frames * microsecondsPerFrame / 1e6 : null;
        Double fromStream = videoRate > 0 && videoScale > 0 && videoLength > 0
                ? videoLength * (double) videoScale / videoRate : null;
        if (fromHeader == null) {
            return fromStream;
        }
        if (fromStream != null) {
            double ratio = fromHeader / fromStream;
            if (ratio > 1.9 && ratio < 3.1) {
                return fromStream;
            }
        }
        return fromHeader;
    }
}
