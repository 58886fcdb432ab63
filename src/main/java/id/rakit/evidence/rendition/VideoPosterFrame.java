package id.rakit.evidence.rendition;

import id.rakit.evidence.FileProblem;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.List;
import org.jcodec.api.FrameGrab;
import org.jcodec.api.JCodecException;
import org.jcodec.api.specific.AVCMP4Adaptor;
import org.jcodec.common.DemuxerTrack;
import org.jcodec.common.DemuxerTrackMeta;
import org.jcodec.common.SeekableDemuxerTrack;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.logging.LogLevel;
import org.jcodec.containers.mp4.demuxer.AbstractMP4DemuxerTrack;
import org.jcodec.containers.mp4.demuxer.MP4Demuxer;
import org.jcodec.common.model.Picture;
import org.jcodec.scale.AWTUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Grabs a poster frame from an H.264 video in an MP4/MOV container with jcodec (pure Java).
 * The frame is taken about a second in, where phone videos are past their dark first frames.
 */
final class VideoPosterFrame {

    private static final Logger LOG = LoggerFactory.getLogger(VideoPosterFrame.class);
    private static final double WANTED_SECOND = 1.0;
    /** A keyframe up to this much later than wanted is taken as is: it decodes as one frame. */
    private static final double KEYFRAME_SLACK_SECONDS = 2.0;

    static {
        try {
            // jcodec prints to standard output unless given a sink before its first message
            org.jcodec.common.logging.Logger.addSink(message -> {
                if (message.getLevel() == LogLevel.WARN || message.getLevel() == LogLevel.ERROR) {
                    LOG.debug("jcodec: {}", message.getMessage());
                }
            });
            org.jcodec.common.logging.Logger.setLevel(LogLevel.WARN);
        } catch (RuntimeException e) {
            LOG.debug("jcodec logging left as it was: {}", e.toString());
        }
    }

    private VideoPosterFrame() {
    }

    /** The poster frame as stored (not yet rotated); closes the channel. */
    static BufferedImage grab(FileChannel file, long maxPixels, Deadline deadline) throws RenditionFailure, IOException {
        // jcodec believes every count it reads: the boxes are checked against their sizes first
        Mp4Structure.check(file, file.size(), deadline);
        try (SeekableByteChannel channel = new StoppableChannel(file, deadline)) {
            MP4Demuxer demuxer = MP4Demuxer.createMP4Demuxer(channel);
            List<DemuxerTrack> tracks = demuxer.getVideoTracks();
            if (tracks.isEmpty()) {
                throw new RenditionFailure(FileProblem.NO_PREVIEW, "no video track");
            }
            DemuxerTrack track = tracks.get(0);
            if (!(track instanceof AbstractMP4DemuxerTrack mp4) || !(track instanceof SeekableDemuxerTrack seekable)) {
                throw new RenditionFailure(FileProblem.NO_PREVIEW, "video track of an unknown kind");
            }
            // jcodec fails on tracks it has no decoder for, so the codec is read from the sample entry first
            String fourcc = mp4.getFourcc();
            if (!"avc1".equals(fourcc) && !"avc3".equals(fourcc)) {
                throw new RenditionFailure(FileProblem.NO_PREVIEW,
                        "video codec " + codecName(fourcc) + " is not decoded (H.264 only)");
            }
            DemuxerTrackMeta meta = track.getMeta();
            if (meta.getVideoCodecMeta() != null && meta.getVideoCodecMeta().getSize() != null) {
                var size = meta.getVideoCodecMeta().getSize();
                if ((long) size.getWidth() * size.getHeight() > maxPixels) {
                    throw new RenditionFailure(FileProblem.TOO_MANY_PIXELS, size.getWidth() + " x " + size.getHeight());
                }
            }
            FrameGrab grab = new FrameGrab(seekable, new AVCMP4Adaptor(meta));
            seekToPosterFrame(grab, meta);
            deadline.check();
            Picture picture = grab.getNativeFrame();
            if (picture == null) {
                throw new RenditionFailure(FileProblem.NO_PREVIEW, "H.264 track gave no frame");
            }
            return AWTUtil.toBufferedImage(picture);
        } catch (JCodecException e) {
            throw new RenditionFailure(FileProblem.CORRUPT, "jcodec: " + e.getMessage());
        }
    }

    /** A readable name for the log: "HEVC ('hvc1')". */
    private static String codecName(String fourcc) {
        String name = switch (fourcc == null ? "" : fourcc) {
            case "hvc1", "hev1" -> "HEVC";
            case "mp4v" -> "MPEG-4 Part 2";
            case "s263", "h263" -> "H.263";
            case "jpeg", "mjpa", "mjpb" -> "Motion JPEG";
            case "av01" -> "AV1";
            case "vp09" -> "VP9";
            default -> "unknown";
        };
        return name + " ('" + fourcc + "')";
    }

    /**
     * Goes to the first keyframe at or after the wanted time when one is near (one frame to
     * decode), else decodes from the keyframe before it.
     */
    private static void seekToPosterFrame(FrameGrab grab, DemuxerTrackMeta meta) throws IOException, JCodecException {
        double duration = meta.getTotalDuration();
        int frames = meta.getTotalFrames();
        if (duration <= 0 || frames <= 1) {
            return;
        }
        double wanted = Math.min(WANTED_SECOND, duration / 2);
        double secondsPerFrame = duration / frames;
        int wantedFrame = (int) Math.min(frames - 1, Math.round(wanted / secondsPerFrame));
        int[] keyframes = meta.getSeekFrames();
        if (keyframes != null) {
            for (int keyframe : keyframes) {
                if (keyframe >= wantedFrame && keyframe < frames) {
                    if ((keyframe - wantedFrame) * secondsPerFrame <= KEYFRAME_SLACK_SECONDS) {
                        grab.seekToFrameSloppy(keyframe);
                        return;
                    }
                    break;
                }
            }
        }
        grab.seekToFramePrecise(wantedFrame);
    }

    /** A read-only jcodec channel that stops with the deadline. */
    private static final class StoppableChannel implements SeekableByteChannel {
        private final FileChannel file;
        private final Deadline deadline;
        private long position;

        StoppableChannel(FileChannel file, Deadline deadline) {
            this.file = file;
            this.deadline = deadline;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            deadline.check();
            int n = StorageReadException.read(file, dst, position);
            if (n > 0) {
                position += n;
            }
            return n;
        }

        @Override
        public long position() {
            return position;
        }

        @Override
        public SeekableByteChannel setPosition(long newPosition) {
            position = newPosition;
            return this;
        }

        @Override
        public long size() throws IOException {
            return file.size();
        }

        @Override
        public SeekableByteChannel truncate(long size) throws IOException {
            throw new IOException("read-only");
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            throw new IOException("read-only");
        }

        @Override
        public boolean isOpen() {
            return file.isOpen();
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }
}
