package id.rakit.evidence.rendition;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder_by_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_to_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avformat.AV_STREAM_GROUP_PARAMS_TILE_GRID;
import static org.bytedeco.ffmpeg.global.avformat.av_find_best_stream;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_seek_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_QUIET;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_RGB24;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;
import static org.bytedeco.ffmpeg.global.avutil.av_max_alloc;
import static org.bytedeco.ffmpeg.global.swscale.SWS_AREA;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCoefficients;
import static org.bytedeco.ffmpeg.global.swscale.sws_getContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;
import static org.bytedeco.ffmpeg.global.swscale.sws_setColorspaceDetails;

import id.rakit.evidence.FileProblem;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOInterruptCB;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avformat.AVStreamGroup;
import org.bytedeco.ffmpeg.avformat.AVStreamGroupTileGrid;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pictures through FFmpeg (bytedeco's build of FFmpeg 7.1): the formats no Java decoder reads.
 * HEIC and HEIF (HEVC tiles on a grid, as iPhones write them), AVIF (AV1), and video frames of
 * every codec phones and cameras use: H.264, HEVC, AV1, VP9, MPEG-4 Part 2, H.263, Motion JPEG,
 * MPEG-1/2, DV, in MP4, MOV, 3GP, AVI, MPEG and Matroska containers.
 *
 * <p>Native code: Rakit runs it in a separate rendition process ({@link IsolatedRenditions}), so
 * a crash or a runaway allocation on a hostile file ends that process and not the window; no
 * single allocation may exceed {@link #MAX_ALLOCATION}.
 */
final class FfmpegFrames {

    private static final Logger LOG = LoggerFactory.getLogger(FfmpegFrames.class);
    /** FFmpeg refuses any one allocation larger than this (a 200 MP frame is about 300 MB in 4:2:0). */
    static final long MAX_ALLOCATION = 512L << 20;
    private static final double WANTED_SECOND = 1.0;
    /** Frames decoded at most to reach the wanted one after a seek. */
    private static final int MAX_FRAMES = 600;
    private static volatile Boolean available;

    private FfmpegFrames() {
    }

    /** Whether FFmpeg's native libraries load on this machine. */
    static boolean available() {
        Boolean a = available;
        if (a == null) {
            synchronized (FfmpegFrames.class) {
                a = available;
                if (a == null) {
                    try {
                        av_log_set_level(AV_LOG_QUIET);
                        av_max_alloc(MAX_ALLOCATION);
                        a = avcodec_find_decoder(avcodec.AV_CODEC_ID_HEVC) != null;
                    } catch (Throwable e) {
                        LOG.warn("FFmpeg is not available here: {}", e.toString());
                        a = false;
                    }
                    available = a;
                }
            }
        }
        return a;
    }

    /**
     * The primary picture of a HEIF/HEIC/AVIF file: its grid of tiles put together, reduced so its
     * long edge is at most {@code maxEdge}, not yet turned upright ({@code irot} is the caller's).
     */
    static RgbPicture still(Path file, int maxEdge, long maxPixels, Deadline deadline) throws RenditionFailure {
        try (Input input = Input.open(file, deadline)) {
            AVFormatContext ctx = input.ctx;
            AVStreamGroup grid = null;
            for (int g = 0; g < ctx.nb_stream_groups(); g++) {
                AVStreamGroup group = ctx.stream_groups(g);
                if (group.type() == AV_STREAM_GROUP_PARAMS_TILE_GRID) {
                    grid = group;
                    break;
                }
            }
            if (grid != null) {
                return tiled(input, grid, maxEdge, maxPixels, deadline);
            }
            int primary = primaryStream(ctx);
            if (primary < 0) {
                throw new RenditionFailure(FileProblem.NO_PREVIEW, "no picture stream");
            }
            AVStream stream = ctx.streams(primary);
            AVCodecParameters p = stream.codecpar();
            checkPixels(p.width(), p.height(), maxPixels);
            try (Decoder decoder = Decoder.open(p)) {
                AVFrame frame = decoder.first(input, primary, deadline);
                if (frame == null) {
                    throw new RenditionFailure(FileProblem.CORRUPT, "the picture stream gave no frame");
                }
                int[] size = fitted(frame.width(), frame.height(), maxEdge);
                RgbPicture out = new RgbPicture(new byte[RgbPicture.bytesFor(size[0], size[1])], size[0], size[1]);
                paste(frame, out, 0, 0, size[0], size[1]);
                return out;
            }
        }
    }

    private static RgbPicture tiled(Input input, AVStreamGroup group, int maxEdge, long maxPixels, Deadline deadline)
            throws RenditionFailure {
        AVStreamGroupTileGrid grid = group.params_tile_grid();
        int width = grid.width();
        int height = grid.height();
        checkPixels(width, height, maxPixels);
        if (width <= 0 || height <= 0 || grid.nb_tiles() <= 0) {
            throw new RenditionFailure(FileProblem.CORRUPT, "an empty tile grid");
        }
        double scale = Math.min(1.0, (double) maxEdge / Math.max(width, height));
        int outW = Math.max(1, (int) Math.round(width * scale));
        int outH = Math.max(1, (int) Math.round(height * scale));
        RgbPicture out = new RgbPicture(new byte[RgbPicture.bytesFor(outW, outH)], outW, outH);
        // which tile each stream of the file is, and where it goes
        Map<Integer, Integer> tileOfStream = new HashMap<>();
        for (int t = 0; t < grid.nb_tiles(); t++) {
            AVStream s = group.streams(grid.offsets_idx(t));
            tileOfStream.put(s.index(), t);
        }
        AVCodecParameters params = group.streams(grid.offsets_idx(0)).codecpar();
        int placed = 0;
        try (Decoder decoder = Decoder.open(params)) {
            AVPacket packet = input.packet;
            while (av_read_frame(input.ctx, packet) >= 0) {
                try {
                    Integer tile = tileOfStream.get(packet.stream_index());
                    if (tile == null) {
                        continue;
                    }
                    deadline.check();
                    packet.pts(tile);
                    packet.dts(tile);
                    for (AVFrame frame : decoder.send(packet)) {
                        placed += place(frame, grid, out, scale);
                    }
                } finally {
                    av_packet_unref(packet);
                }
            }
            for (AVFrame frame : decoder.send(null)) {
                placed += place(frame, grid, out, scale);
            }
        } catch (DeadlinePassedException e) {
            throw new RenditionFailure(FileProblem.TIMED_OUT, "deadline");
        }
        if (placed == 0) {
            throw new RenditionFailure(FileProblem.CORRUPT, "no tile of the grid decoded");
        }
        return out;
    }

    /** Puts one decoded tile (its pts is its number) where the grid says, cropped to the picture. */
    private static int place(AVFrame frame, AVStreamGroupTileGrid grid, RgbPicture out, double scale) {
        int tile = (int) frame.pts();
        if (tile < 0 || tile >= grid.nb_tiles()) {
            return 0;
        }
        int x0 = grid.offsets_horizontal(tile) - grid.horizontal_offset();
        int y0 = grid.offsets_vertical(tile) - grid.vertical_offset();
        int ox = (int) Math.floor(x0 * scale);
        int oy = (int) Math.floor(y0 * scale);
        int ox1 = (int) Math.floor((x0 + frame.width()) * scale);
        int oy1 = (int) Math.floor((y0 + frame.height()) * scale);
        int w = Math.max(1, ox1 - ox);
        int h = Math.max(1, oy1 - oy);
        paste(frame, out, ox, oy, w, h);
        return 1;
    }

    /**
     * The poster frame of a video, about a second in (halfway into shorter ones), as stored (the
     * caller turns it by the track's rotation), reduced to {@code maxEdge} on its long edge when it is
     * larger than the preview's slack allows.
     */
    static RgbPicture posterFrame(Path file, int maxEdge, long maxPixels, Deadline deadline) throws RenditionFailure {
        try (Input input = Input.open(file, deadline)) {
            AVFormatContext ctx = input.ctx;
            if (avformat_find_stream_info(ctx, (PointerPointer<?>) null) < 0) {
                throw new RenditionFailure(FileProblem.CORRUPT, "no stream information");
            }
            int index = av_find_best_stream(ctx, AVMEDIA_TYPE_VIDEO, -1, -1, (AVCodec) null, 0);
            if (index < 0) {
                throw new RenditionFailure(FileProblem.NO_PREVIEW, "no video stream");
            }
            AVStream stream = ctx.streams(index);
            AVCodecParameters p = stream.codecpar();
            checkPixels(p.width(), p.height(), maxPixels);
            double timeBase = stream.time_base().num() / (double) Math.max(1, stream.time_base().den());
            double duration = stream.duration() != AV_NOPTS_VALUE && stream.duration() > 0
                    ? stream.duration() * timeBase : ctx.duration() > 0 ? ctx.duration() / 1e6 : 0;
            double wanted = duration > 0 ? Math.min(WANTED_SECOND, duration / 2) : 0;
            long start = stream.start_time() != AV_NOPTS_VALUE ? stream.start_time() : 0;
            long target = start + (long) (wanted / timeBase);
            try (Decoder decoder = Decoder.open(p)) {
                if (wanted > 0 && av_seek_frame(ctx, index, target, org.bytedeco.ffmpeg.global.avformat.AVSEEK_FLAG_BACKWARD) < 0) {
                    // no index to seek with (an MPEG program stream): decode from the start
                    target = start;
                }
                AVFrame frame = decoder.reaching(input, index, target, deadline);
                if (frame == null) {
                    throw new RenditionFailure(FileProblem.CORRUPT, "the " + codecName(p) + " stream gave no frame");
                }
                // as a decoded photo: "about the preview's edge" keeps anything within its slack
                int[] size = Pictures.fittedSize(frame.width(), frame.height(), maxEdge, RenditionWriter.PREVIEW_SLACK);
                if (size == null) {
                    size = new int[] {frame.width(), frame.height()};
                }
                RgbPicture out = new RgbPicture(new byte[RgbPicture.bytesFor(size[0], size[1])], size[0], size[1]);
                paste(frame, out, 0, 0, size[0], size[1]);
                return out;
            }
        }
    }

    private static String codecName(AVCodecParameters p) {
        BytePointer name = avcodec_get_name(p.codec_id());
        return name == null ? "unknown" : name.getString();
    }

    /** The still's main picture: the stream marked default (HEIF's primary item), else the first video stream. */
    private static int primaryStream(AVFormatContext ctx) {
        int first = -1;
        for (int i = 0; i < ctx.nb_streams(); i++) {
            AVStream s = ctx.streams(i);
            if (s.codecpar().codec_type() != AVMEDIA_TYPE_VIDEO) {
                continue;
            }
            if ((s.disposition() & org.bytedeco.ffmpeg.global.avformat.AV_DISPOSITION_DEFAULT) != 0) {
                return i;
            }
            if (first < 0) {
                first = i;
            }
        }
        return first;
    }

    private static void checkPixels(long width, long height, long maxPixels) throws RenditionFailure {
        if (width * height > maxPixels) {
            throw new RenditionFailure(FileProblem.TOO_MANY_PIXELS, width + " x " + height,
                    java.util.Optional.of(new PixelSize((int) Math.min(Integer.MAX_VALUE, width),
                            (int) Math.min(Integer.MAX_VALUE, height))));
        }
    }

    /** A size no larger than {@code maxEdge} on its long edge, never enlarged. */
    private static int[] fitted(int width, int height, int maxEdge) {
        int[] size = Pictures.fittedSize(width, height, maxEdge, 1.0);
        return size == null ? new int[] {width, height} : size;
    }

    /** Converts (colour and size at once) a decoded frame into a rectangle of an RGB picture. */
    private static void paste(AVFrame frame, RgbPicture out, int x, int y, int w, int h) {
        int cw = Math.min(w, out.width - x);
        int ch = Math.min(h, out.height - y);
        if (cw <= 0 || ch <= 0) {
            return;
        }
        // the frame is scaled to w x h; only the part inside the picture is kept
        SwsContext sws = sws_getContext(frame.width(), frame.height(), frame.format(), w, h, AV_PIX_FMT_RGB24,
                SWS_AREA, null, null, (DoublePointer) null);
        if (sws == null) {
            return;
        }
        // swscale's vector code writes whole blocks: rows aligned to 64 bytes and a spare block at
        // the end, or it writes past the buffer (a 568 px wide frame corrupted the heap)
        int stride = (w * 3 + 63) & ~63;
        BytePointer rgb = new BytePointer((long) stride * h + 256);
        try {
            int colourspace = frame.colorspace() == 1 ? 1 : 5;  // BT.709, else BT.601 (SWS_CS_ITU709 / ITU601)
            boolean full = frame.color_range() == 2;             // AVCOL_RANGE_JPEG
            sws_setColorspaceDetails(sws, sws_getCoefficients(colourspace), full ? 1 : 0,
                    sws_getCoefficients(colourspace), 1, 0, 1 << 16, 1 << 16);
            try (PointerPointer<BytePointer> dst = new PointerPointer<>(4);
                 org.bytedeco.javacpp.IntPointer strides = new org.bytedeco.javacpp.IntPointer(4)) {
                dst.put(0, rgb);
                strides.put(0, stride);
                sws_scale(sws, frame.data(), frame.linesize(), 0, frame.height(), dst, strides);
            }
            byte[] row = new byte[cw * 3];
            for (int r = 0; r < ch; r++) {
                rgb.position((long) r * stride).get(row, 0, row.length);
                System.arraycopy(row, 0, out.data, ((y + r) * out.width + x) * 3, row.length);
            }
        } finally {
            rgb.position(0);
            rgb.close();
            sws_freeContext(sws);
        }
    }

    /** An opened input file, closed with everything it holds. */
    private static final class Input implements AutoCloseable {
        final AVFormatContext ctx;
        final AVPacket packet;
        private final AVIOInterruptCB.Callback_Pointer stop;

        private Input(AVFormatContext ctx, AVIOInterruptCB.Callback_Pointer stop) {
            this.ctx = ctx;
            this.packet = av_packet_alloc();
            this.stop = stop;
        }

        static Input open(Path file, Deadline deadline) throws RenditionFailure {
            if (!available()) {
                throw new RenditionFailure(FileProblem.NO_PREVIEW, "FFmpeg is not available");
            }
            AVFormatContext ctx = avformat_alloc_context();
            // FFmpeg asks this between reads: the deadline stops it as it stops every other decoder
            AVIOInterruptCB.Callback_Pointer stop = new AVIOInterruptCB.Callback_Pointer() {
                @Override
                public int call(Pointer opaque) {
                    return deadline.passed() ? 1 : 0;
                }
            };
            ctx.interrupt_callback().callback(stop);
            int r = avformat_open_input(ctx, file.toAbsolutePath().toString(),
                    (org.bytedeco.ffmpeg.avformat.AVInputFormat) null, (org.bytedeco.ffmpeg.avutil.AVDictionary) null);
            if (r < 0) {
                stop.close();
                throw new RenditionFailure(deadline.passed() ? FileProblem.TIMED_OUT : FileProblem.CORRUPT,
                        "FFmpeg cannot open it (" + r + ")");
            }
            return new Input(ctx, stop);
        }

        @Override
        public void close() {
            av_packet_free(packet);
            avformat_close_input(ctx);
            stop.close();
        }
    }

    /** One stream's decoder. */
    private static final class Decoder implements AutoCloseable {
        private final AVCodecContext codec;
        private final AVFrame frame = av_frame_alloc();

        private Decoder(AVCodecContext codec) {
            this.codec = codec;
        }

        static Decoder open(AVCodecParameters params) throws RenditionFailure {
            AVCodec decoder = null;
            if (params.codec_id() == avcodec.AV_CODEC_ID_AV1) {
                // FFmpeg's own AV1 decoder needs hardware; the libraries decode in software
                for (String name : new String[] {"libdav1d", "libaom-av1"}) {
                    decoder = avcodec_find_decoder_by_name(name);
                    if (decoder != null && !decoder.isNull()) {
                        break;
                    }
                }
            }
            if (decoder == null || decoder.isNull()) {
                decoder = avcodec_find_decoder(params.codec_id());
            }
            if (decoder == null || decoder.isNull()) {
                throw new RenditionFailure(FileProblem.NO_PREVIEW, "no decoder for " + codecName(params));
            }
            AVCodecContext codec = avcodec_alloc_context3(decoder);
            if (avcodec_parameters_to_context(codec, params) < 0) {
                avcodec_free_context(codec);
                throw new RenditionFailure(FileProblem.CORRUPT, "codec parameters");
            }
            codec.thread_count(1);
            if (avcodec_open2(codec, decoder, (PointerPointer<?>) null) < 0) {
                avcodec_free_context(codec);
                throw new RenditionFailure(FileProblem.CORRUPT, "the " + codecName(params) + " decoder refuses it");
            }
            return new Decoder(codec);
        }

        /** Sends one packet (null: the end) and gives the frames it completes, each valid until the next call. */
        Iterable<AVFrame> send(AVPacket packet) {
            java.util.List<AVFrame> out = new java.util.ArrayList<>();
            if (avcodec_send_packet(codec, packet) < 0) {
                return out;
            }
            while (true) {
                AVFrame f = av_frame_alloc();
                int r = avcodec_receive_frame(codec, f);
                if (r < 0) {
                    av_frame_free(f);
                    break;
                }
                out.add(f);
            }
            frames.addAll(out);
            return out;
        }

        private final java.util.List<AVFrame> frames = new java.util.ArrayList<>();

        /** The first frame of stream {@code index}. */
        AVFrame first(Input input, int index, Deadline deadline) throws RenditionFailure {
            return reaching(input, index, Long.MIN_VALUE, deadline);
        }

        /** The first frame of stream {@code index} at or after {@code target} (stream time), or the last before the end. */
        AVFrame reaching(Input input, int index, long target, Deadline deadline) throws RenditionFailure {
            AVFrame last = null;
            int decoded = 0;
            AVPacket packet = input.packet;
            try {
                while (av_read_frame(input.ctx, packet) >= 0) {
                    try {
                        if (packet.stream_index() != index) {
                            continue;
                        }
                        deadline.check();
                        for (AVFrame f : send(packet)) {
                            last = f;
                            decoded++;
                            long pts = f.best_effort_timestamp();
                            if (pts == AV_NOPTS_VALUE || pts >= target || decoded >= MAX_FRAMES) {
                                return f;
                            }
                        }
                    } finally {
                        av_packet_unref(packet);
                    }
                }
                for (AVFrame f : send(null)) {
                    last = f;
                    if (f.best_effort_timestamp() >= target) {
                        return f;
                    }
                }
            } catch (DeadlinePassedException e) {
                throw new RenditionFailure(FileProblem.TIMED_OUT, "deadline");
            }
            return last;
        }

        @Override
        public void close() {
            for (AVFrame f : frames) {
                av_frame_free(f);
            }
            av_frame_free(frame);
            avcodec_free_context(codec);
        }
    }
}
