package id.rakit.evidence.rendition;

import java.lang.ref.SoftReference;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;

/**
 * The buffers one thread reuses from file to file: the decoded picture, a second picture for
 * the shrunk or turned preview, the thumbnail, and the encoded JPEG. Making renditions then
 * allocates almost nothing per file, where fresh 4-6 MB arrays for each step used to make the
 * heap grow and the garbage collector run (and the operating system page in new memory) all
 * through an import. Held softly, so a thread that stops importing gives them back under
 * memory pressure; a buffer only grows to the largest picture the thread has seen.
 */
final class Scratch {

    private static final ThreadLocal<SoftReference<Scratch>> MINE = new ThreadLocal<>();
    private static final byte[] NONE = new byte[0];

    private byte[] first = NONE;
    private byte[] second = NONE;
    private byte[] thumbnail = NONE;
    private MemoryImageOutputStream encoded;
    private ImageReader jpegReader;
    private boolean noJpegReader;
    private ImageWriter jpegWriter;

    private Scratch() {
    }

    static Scratch forThisThread() {
        SoftReference<Scratch> ref = MINE.get();
        Scratch scratch = ref == null ? null : ref.get();
        if (scratch == null) {
            scratch = new Scratch();
            MINE.set(new SoftReference<>(scratch));
        }
        return scratch;
    }

    /** At least {@code bytes} for the decoder to write into. */
    byte[] forDecoding(int bytes) {
        first = atLeast(first, bytes);
        return first;
    }

    /**
     * At least {@code bytes} that do not hold {@code busy}: a picture is made from the one
     * before it, and only those two are ever alive at once.
     */
    byte[] spare(RgbPicture busy, int bytes) {
        if (busy.data != first) {
            first = atLeast(first, bytes);
            return first;
        }
        second = atLeast(second, bytes);
        return second;
    }

    /** At least {@code bytes} for the thumbnail. */
    byte[] forThumbnail(int bytes) {
        thumbnail = atLeast(thumbnail, bytes);
        return thumbnail;
    }

    MemoryImageOutputStream encoded() {
        if (encoded == null) {
            encoded = new MemoryImageOutputStream(512 * 1024);
        }
        encoded.restart();
        return encoded;
    }

    /**
     * The thread's JDK JPEG decoder, made once: creating one sets up libjpeg and looks through
     * every registered decoder. Null if this runtime has none.
     */
    ImageReader jpegReader() {
        if (jpegReader == null && !noJpegReader) {
            jpegReader = PhotoDecoder.newJdkJpegReader();
            noJpegReader = jpegReader == null;
        }
        return jpegReader;
    }

    /** Readies the decoder for the next file: no input, no listeners. */
    void releaseJpegReader(ImageReader reader) {
        if (reader != jpegReader) {
            return;
        }
        try {
            reader.reset();
        } catch (RuntimeException e) {
            dropJpegReader();
        }
    }

    /** Forgets a decoder that failed, in case it was left in a state no reset clears. */
    void dropJpegReader() {
        ImageReader reader = jpegReader;
        jpegReader = null;
        if (reader != null) {
            try {
                reader.dispose();
            } catch (RuntimeException e) {
                // it is gone either way
            }
        }
    }

    /** The thread's JPEG encoder, made once and reset after each picture by {@link JpegFiles}. */
    ImageWriter jpegWriter() {
        if (jpegWriter == null) {
            jpegWriter = JpegFiles.newJpegWriter();
        }
        return jpegWriter;
    }

    /** Forgets an encoder that failed. */
    void dropJpegWriter() {
        ImageWriter writer = jpegWriter;
        jpegWriter = null;
        if (writer != null) {
            try {
                writer.dispose();
            } catch (RuntimeException e) {
                // it is gone either way
            }
        }
    }

    private static byte[] atLeast(byte[] held, int bytes) {
        if (held.length >= bytes) {
            return held;
        }
        // a little headroom, so photos of nearly the same size do not each grow it again
        return new byte[(int) Math.min(Integer.MAX_VALUE - 8, bytes + (long) bytes / 8)];
    }
}
