package id.rakit.evidence.rendition;

import id.rakit.evidence.FileProblem;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the window and its rendition process say to each other over the process's standard
 * input and output: one request, one answer. Paths travel as URIs, which keep every byte of a
 * file name.
 */
final class RenditionProtocol {

    static final int HELLO = 0x52414B48;     // "RAKH"
    static final int REQUEST = 0x52414B51;   // "RAKQ"
    static final int ANSWER = 0x52414B41;    // "RAKA"
    static final byte PHOTO = 1;
    static final byte VIDEO = 2;
    static final byte DONE = 0;
    static final byte OUT_OF_MEMORY = 1;
    /** The pictures could not be written (a full disk, a read-only folder); the detail says why. */
    static final byte WRITE_FAILED = 2;

    private RenditionProtocol() {
    }

    /** One file's pictures to make; {@code millis} is the time left for it, -1 for no limit. */
    record Request(byte kind, Path source, String format, int turn, RenditionPaths out, long millis) {
    }

    static void write(DataOutputStream o, Request r) throws IOException {
        o.writeInt(REQUEST);
        o.writeByte(r.kind());
        o.writeUTF(r.source().toAbsolutePath().toUri().toString());
        o.writeUTF(r.format() == null ? "" : r.format());
        o.writeInt(r.turn());
        o.writeUTF(r.out().thumbnail().toAbsolutePath().toUri().toString());
        o.writeUTF(r.out().preview().toAbsolutePath().toUri().toString());
        o.writeUTF(r.out().publishable().map(p -> p.toAbsolutePath().toUri().toString()).orElse(""));
        o.writeLong(r.millis());
        o.flush();
    }

    /** The next request, or null when the window closed its end. */
    static Request readRequest(DataInputStream in) throws IOException {
        int magic;
        try {
            magic = in.readInt();
        } catch (java.io.EOFException e) {
            return null;
        }
        if (magic != REQUEST) {
            throw new IOException("not a request: " + Integer.toHexString(magic));
        }
        byte kind = in.readByte();
        Path source = path(in.readUTF());
        String format = in.readUTF();
        int turn = in.readInt();
        Path thumbnail = path(in.readUTF());
        Path preview = path(in.readUTF());
        String publish = in.readUTF();
        long millis = in.readLong();
        return new Request(kind, source, format, turn, new RenditionPaths(thumbnail, preview,
                publish.isEmpty() ? Optional.empty() : Optional.of(path(publish))), millis);
    }

    static void write(DataOutputStream o, byte status, Rendition r, String detail) throws IOException {
        o.writeInt(ANSWER);
        o.writeByte(status);
        o.writeUTF(detail == null ? "" : detail.length() > 2000 ? detail.substring(0, 2000) : detail);
        size(o, r.thumbnail());
        size(o, r.preview());
        o.writeBoolean(r.perceptualHash().isPresent());
        o.writeLong(r.perceptualHash().orElse(0));
        size(o, r.declaredSize());
        o.writeInt(r.problems().size());
        for (FileProblem p : r.problems()) {
            o.writeUTF(p.name());
        }
        o.flush();
    }

    /** The answer, and whether the process ran out of memory on this file or could not write. */
    record Answer(byte status, String detail, Rendition rendition) {
    }

    static Answer readAnswer(DataInputStream in) throws IOException {
        int magic = in.readInt();
        if (magic != ANSWER) {
            throw new IOException("not an answer: " + Integer.toHexString(magic));
        }
        byte status = in.readByte();
        String detail = in.readUTF();
        Optional<PixelSize> thumbnail = size(in);
        Optional<PixelSize> preview = size(in);
        boolean hashed = in.readBoolean();
        long hash = in.readLong();
        Optional<PixelSize> declared = size(in);
        int n = in.readInt();
        List<FileProblem> problems = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            problems.add(FileProblem.valueOf(in.readUTF()));
        }
        return new Answer(status, detail, new Rendition(thumbnail, preview,
                hashed ? OptionalLong.of(hash) : OptionalLong.empty(), declared, problems));
    }

    private static void size(DataOutputStream o, Optional<PixelSize> size) throws IOException {
        o.writeInt(size.map(PixelSize::width).orElse(-1));
        o.writeInt(size.map(PixelSize::height).orElse(-1));
    }

    private static Optional<PixelSize> size(DataInputStream in) throws IOException {
        int w = in.readInt();
        int h = in.readInt();
        return w < 0 ? Optional.empty() : Optional.of(new PixelSize(w, h));
    }

    private static Path path(String uri) {
        return Path.of(URI.create(uri));
    }
}
