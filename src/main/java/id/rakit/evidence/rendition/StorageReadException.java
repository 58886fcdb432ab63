package id.rakit.evidence.rendition;

import java.io.IOException;

/**
 * Reading the file's bytes failed in the operating system (a stick pulled out, a network drive
 * gone), as opposed to the bytes not making sense; the user gets READ_FAILED, not CORRUPT.
 */
final class StorageReadException extends IOException {

    StorageReadException(IOException cause) {
        super(cause.toString(), cause);
    }

    /** One positional read, with any failure of the channel marked as a storage failure. */
    static int read(java.nio.channels.FileChannel channel, java.nio.ByteBuffer target, long position)
            throws StorageReadException {
        try {
            return channel.read(target, position);
        } catch (IOException e) {
            throw new StorageReadException(e);
        }
    }
}
