package id.rakit.evidence.metadata;

import com.drew.imaging.riff.RiffProcessingException;
import com.drew.imaging.riff.RiffReader;
import com.drew.lang.StreamReader;
import id.rakit.evidence.CaptureTime;
import id.rakit.evidence.FileProblem;
import id.rakit.evidence.GpsFix;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Capture time, length, frame size and rotation of the video formats Rakit takes. */
final class VideoFormats {

    static final String KEYS_CREATION_DATE = "QuickTime.Keys.CreationDate";
    static final String QUICKTIME_CREATE_DATE = "QuickTime.CreateDate";
    static final String RIFF_DATE_TIME_ORIGINAL = "Riff.DateTimeOriginal";

    private static final String APPLE = "com.apple.quicktime.";
    private static final Instant QUICKTIME_EPOCH = Instant.parse("1904-01-01T00:00:00Z");
    private static final long LAST_QUICKTIME_SECOND =
            Instant.parse("9999-12-31T00:00:00Z").getEpochSecond() - QUICKTIME_EPOCH.getEpochSecond();
    // ISO 6709: "+32.0929+034.7717+040.000/", degrees or packed degrees-minutes(-seconds)
    private static final Pattern ISO_6709 = Pattern.compile("([+-])(\\d+(?:\\.\\d+)?)([+-])(\\d+(?:\\.\\d+)?)");

    private VideoFormats() {
    }

    static void read(ByteSource source, MediaFacts out, ZoneId zone) throws IOException, UnreadableFileException {
        if (out.format.equals("AVI")) {
            avi(source, out, zone);
        } else {
            isoMedia(source, out, zone);
        }
    }

    /**
     * MOV, MP4, M4V, 3GP. Apple's creation date states its own offset and wins; the movie
     * header's date is UTC by the format's definition, and zero means it was never set.
     */
    private static void isoMedia(ByteSource source, MediaFacts out, ZoneId zone)
            throws IOException, UnreadableFileException {
        IsoMediaReader iso = new IsoMediaReader(source);
        iso.read();
        FileProblem damage = iso.damage();
        if (!iso.foundMovie) {
            throw new UnreadableFileException(damage == null ? FileProblem.CORRUPT : damage, "no movie box");
        }
        if (damage != null) {
            out.problems.add(damage);
        }
        IsoMediaReader.Track video = iso.firstVideoTrack();
        if (video != null) {
            out.dimensions(video.width(), video.height());
        }
        out.rotation = iso.videoRotation();
        out.durationSeconds = iso.durationSeconds;

        Optional<CaptureTime> apple = StatedTime.parse(iso.keys.get(APPLE + "creationdate"))
                .map(time -> PhotoTags.captureTime(time, KEYS_CREATION_DATE, zone));
        out.captureTime = apple.orElseGet(() -> movieCreated(iso.creationSeconds)
                .map(instant -> CaptureTime.fromUtc(instant, zone, QUICKTIME_CREATE_DATE)).orElse(null));
        out.make = iso.keys.getOrDefault(APPLE + "make", iso.userData.get("mak"));
        out.model = iso.keys.getOrDefault(APPLE + "model", iso.userData.get("mod"));
        out.software = iso.keys.getOrDefault(APPLE + "software", iso.userData.getOrDefault("swr", iso.keys.get("encoder")));
        out.gps = location(iso.keys.getOrDefault(APPLE + "location.ISO6709", iso.userData.get("xyz")));
        out.cameraMetadata = apple.isPresent() || MediaFacts.text(out.make).isPresent()
                || MediaFacts.text(out.model).isPresent();
    }

    /** Seconds since 1904 in UTC; zero is "never set", and a 64-bit value past year 9999 is noise. */
    private static Optional<Instant> movieCreated(long seconds) {
        return seconds > 0 && seconds < LAST_QUICKTIME_SECOND
                ? Optional.of(QUICKTIME_EPOCH.plusSeconds(seconds)) : Optional.empty();
    }

    private static void avi(ByteSource source, MediaFacts out, ZoneId zone) throws IOException, UnreadableFileException {
        AviHeaders headers = new AviHeaders();
        try {
            new RiffReader().processRiff(new StreamReader(new SourceStream(source)), headers);
        } catch (RiffProcessingException e) {
            throw new UnreadableFileException(FileProblem.CORRUPT, e.getMessage());
        }
        boolean cut = PhotoFormats.riffCut(source);
        if (!headers.isAvi || headers.microsecondsPerFrame == 0 && headers.width == 0) {
            throw new UnreadableFileException(cut ? FileProblem.TRUNCATED : FileProblem.CORRUPT, "no AVI main header");
        }
        if (cut) {
            out.problems.add(FileProblem.TRUNCATED);
        }
        out.dimensions(headers.width, headers.height);
        out.durationSeconds = headers.durationSeconds();
        out.captureTime = StatedTime.parseRiff(headers.dateTimeOriginal)
                .map(time -> PhotoTags.captureTime(time, RIFF_DATE_TIME_ORIGINAL, zone))
                .orElse(null);
        out.cameraMetadata = out.captureTime != null;
    }

    static GpsFix location(String iso6709) {
        if (iso6709 == null) {
            return null;
        }
        Matcher m = ISO_6709.matcher(iso6709);
        if (!m.find()) {
            return null;
        }
        double latitude = degrees(m.group(2), 2) * (m.group(1).equals("-") ? -1 : 1);
        double longitude = degrees(m.group(4), 3) * (m.group(3).equals("-") ? -1 : 1);
        if (Double.isNaN(latitude) || Double.isNaN(longitude) || latitude == 0 && longitude == 0) {
            return null;
        }
        try {
            return new GpsFix(latitude, longitude, Optional.empty());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** "34.77" is degrees; "03446.2" degrees and minutes; "0344612" degrees, minutes, seconds. */
    private static double degrees(String text, int degreeDigits) {
        int dot = text.indexOf('.');
        int whole = dot < 0 ? text.length() : dot;
        double value = Double.parseDouble(text);
        if (whole <= degreeDigits) {
            return value;
        }
        if (whole == degreeDigits + 2) {
            double deg = Math.floor(value / 100);
            return deg + (value - deg * 100) / 60;
        }
        if (whole == degreeDigits + 4) {
            double deg = Math.floor(value / 10000);
            double min = Math.floor((value - deg * 10000) / 100);
            return deg + min / 60 + (value - deg * 10000 - min * 100) / 3600;
        }
        return Double.NaN;
    }
}
