package id.rakit.evidence.metadata;

import com.drew.lang.GeoLocation;
import com.drew.lang.Rational;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.exif.PanasonicRawIFD0Directory;
import com.drew.metadata.exif.makernotes.CanonMakernoteDirectory;
import com.drew.metadata.exif.makernotes.FujifilmMakernoteDirectory;
import com.drew.metadata.exif.makernotes.LeicaMakernoteDirectory;
import com.drew.metadata.exif.makernotes.NikonType2MakernoteDirectory;
import com.drew.metadata.exif.makernotes.OlympusEquipmentMakernoteDirectory;
import com.drew.metadata.exif.makernotes.PanasonicMakernoteDirectory;
import com.drew.metadata.exif.makernotes.SigmaMakernoteDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import id.rakit.evidence.CaptureTime;
import id.rakit.evidence.FileProblem;
import id.rakit.evidence.GpsFix;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The EXIF, XMP and IPTC of one photo, as metadata-extractor parsed them, and how Rakit reads
 * them: capture time in the required order, camera, orientation, GPS. Camera and orientation
 * are EXIF's only (what viewers apply); XMP and IPTC are parsed only when EXIF has no capture
 * time, since parsing XMP costs more than all the EXIF.
 */
final class PhotoTags {

    static final String DATE_TIME_ORIGINAL = "Exif.DateTimeOriginal";
    static final String DATE_TIME_DIGITIZED = "Exif.DateTimeDigitized";
    static final String XMP_DATE_CREATED = "Xmp.photoshop:DateCreated";
    static final String XMP_CREATE_DATE = "Xmp.xmp:CreateDate";
    static final String IPTC_DATE_CREATED = "Iptc.DateCreated";

    final Metadata tags = new Metadata();
    private final List<Consumer<Metadata>> parseIfNeeded = new ArrayList<>();

    /** A parser of XMP or IPTC to run only if EXIF gives no capture time. */
    void parseLater(Consumer<Metadata> parser) {
        parseIfNeeded.add(parser);
    }

    void fillInto(MediaFacts out, ZoneId zone) {
        Directory ifd0 = firstOf(ExifIFD0Directory.class);
        if (ifd0 == null) {
            ifd0 = firstOf(PanasonicRawIFD0Directory.class);
        }
        if (ifd0 != null) {
            out.make = ifd0.getString(ExifDirectoryBase.TAG_MAKE);
            out.model = ifd0.getString(ExifDirectoryBase.TAG_MODEL);
            out.software = ifd0.getString(ExifDirectoryBase.TAG_SOFTWARE);
            out.orientation = orientation(ifd0.getString(ExifDirectoryBase.TAG_ORIENTATION));
            Optional<StatedTime> modified = StatedTime.parse(ifd0.getString(ExifDirectoryBase.TAG_DATETIME));
            out.modifyDate = modified.isPresent() ? modified.get().local() : null;
        }
        // plain ifs rather than Optional chains: this runs for every photo, and each lambda costs a
        // generated class the first time, which a short command-line run pays for in full
        Optional<CaptureTime> fromExif = exifTime(ExifDirectoryBase.TAG_DATETIME_ORIGINAL,
                ExifDirectoryBase.TAG_SUBSECOND_TIME_ORIGINAL, ExifDirectoryBase.TAG_TIME_ZONE_ORIGINAL,
                DATE_TIME_ORIGINAL, zone);
        if (fromExif.isEmpty()) {
            fromExif = exifTime(ExifDirectoryBase.TAG_DATETIME_DIGITIZED,
                    ExifDirectoryBase.TAG_SUBSECOND_TIME_DIGITIZED, ExifDirectoryBase.TAG_TIME_ZONE_DIGITIZED,
                    DATE_TIME_DIGITIZED, zone);
        }
        out.serial = serial(MediaFacts.text(out.model).orElse(""));
        out.gps = gps();
        out.cameraMetadata = fromExif.isPresent() || MediaFacts.text(out.make).isPresent()
                || MediaFacts.text(out.model).isPresent();
        Optional<CaptureTime> time = fromExif;
        if (time.isEmpty()) {
            parseDeferred(out);
            time = xmpTime("photoshop:DateCreated", XMP_DATE_CREATED, zone);
        }
        if (time.isEmpty()) {
            time = xmpTime("xmp:CreateDate", XMP_CREATE_DATE, zone);
        }
        if (time.isEmpty()) {
            time = iptcTime(zone);
        }
        out.captureTime = time.orElse(null);
    }

    private void parseDeferred(MediaFacts out) {
        try {
            for (Consumer<Metadata> parser : parseIfNeeded) {
                parser.accept(tags);
            }
        } catch (RuntimeException | StackOverflowError e) {
            // a damaged XMP or IPTC block costs its own dates, not the file
            if (!out.problems.contains(FileProblem.CORRUPT)) {
                out.problems.add(FileProblem.CORRUPT);
            }
        }
        parseIfNeeded.clear();
    }

    private static Integer orientation(String value) {
        String v = value == null ? "" : value.strip();
        if (v.length() != 1 || v.charAt(0) < '1' || v.charAt(0) > '8') {
            return null;
        }
        return v.charAt(0) - '0';
    }

    private String xmpProperty(String name) {
        for (XmpDirectory xmp : tags.getDirectoriesOfType(XmpDirectory.class)) {
            String value = xmp.getXmpProperties().get(name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /**
     * An EXIF date with its own sub-seconds and offset tags. The Exif IFD is where cameras write
     * it; a few old raw formats (Kodak KDC) put DateTimeOriginal in IFD0 instead.
     */
    private Optional<CaptureTime> exifTime(int dateTag, int subSecondTag, int offsetTag, String source, ZoneId zone) {
        List<Directory> candidates = new ArrayList<>(tags.getDirectoriesOfType(ExifSubIFDDirectory.class));
        candidates.addAll(tags.getDirectoriesOfType(ExifIFD0Directory.class));
        for (Directory directory : candidates) {
            Optional<StatedTime> stated = StatedTime.parse(directory.getString(dateTag));
            if (stated.isPresent()) {
                StatedTime time = stated.get();
                int nanos = StatedTime.subSecondNanos(directory.getString(subSecondTag));
                Optional<ZoneOffset> offset = StatedTime.offset(directory.getString(offsetTag));
                if (offset.isEmpty()) {
                    offset = time.offset();
                }
                StatedTime whole = new StatedTime(nanos > 0 ? time.local().withNano(nanos) : time.local(), offset);
                return Optional.of(captureTime(whole, source, zone));
            }
        }
        return Optional.empty();
    }

    private Optional<CaptureTime> xmpTime(String property, String source, ZoneId zone) {
        Optional<StatedTime> stated = StatedTime.parse(xmpProperty(property));
        return stated.isPresent() ? Optional.of(captureTime(stated.get(), source, zone)) : Optional.empty();
    }

    private Optional<CaptureTime> iptcTime(ZoneId zone) {
        for (IptcDirectory iptc : tags.getDirectoriesOfType(IptcDirectory.class)) {
            Optional<StatedTime> stated = StatedTime.parseIptc(iptc.getString(IptcDirectory.TAG_DATE_CREATED),
                    iptc.getString(IptcDirectory.TAG_TIME_CREATED));
            if (stated.isPresent()) {
                return Optional.of(captureTime(stated.get(), IPTC_DATE_CREATED, zone));
            }
        }
        return Optional.empty();
    }

    static CaptureTime captureTime(StatedTime time, String source, ZoneId zone) {
        return time.offset().isPresent() ? CaptureTime.withOffset(time.local(), time.offset().get(), source)
                : CaptureTime.assumingZone(time.local(), zone, source);
    }

    /** The body serial: the EXIF tag, else the maker note field where the library decodes one. */
    private String serial(String model) {
        for (Directory exif : tags.getDirectoriesOfType(ExifSubIFDDirectory.class)) {
            String body = cleanSerial(exif.getString(ExifDirectoryBase.TAG_BODY_SERIAL_NUMBER));
            if (body != null) {
                return body;
            }
        }
        CanonMakernoteDirectory canon = firstOf(CanonMakernoteDirectory.class);
        if (canon != null) {
            Long number = canon.getLongObject(CanonMakernoteDirectory.TAG_CANON_SERIAL_NUMBER);
            if (number != null && number > 0) {
                // as Canon's own software shows it
                return String.format(Locale.ROOT, model.contains("EOS-1D") ? "%06d" : "%010d", number & 0xFFFFFFFFL);
            }
        }
        String fromMakerNote = makerNoteString(NikonType2MakernoteDirectory.class,
                NikonType2MakernoteDirectory.TAG_CAMERA_SERIAL_NUMBER);
        if (fromMakerNote == null) {
            fromMakerNote = makerNoteString(FujifilmMakernoteDirectory.class, FujifilmMakernoteDirectory.TAG_SERIAL_NUMBER);
        }
        if (fromMakerNote == null) {
            fromMakerNote = makerNoteString(OlympusEquipmentMakernoteDirectory.class,
                    OlympusEquipmentMakernoteDirectory.TAG_SERIAL_NUMBER);
        }
        if (fromMakerNote == null) {
            fromMakerNote = makerNoteString(PanasonicMakernoteDirectory.class,
                    PanasonicMakernoteDirectory.TAG_INTERNAL_SERIAL_NUMBER);
        }
        if (fromMakerNote == null) {
            fromMakerNote = makerNoteString(SigmaMakernoteDirectory.class, SigmaMakernoteDirectory.TAG_SERIAL_NUMBER);
        }
        if (fromMakerNote == null) {
            fromMakerNote = makerNoteString(LeicaMakernoteDirectory.class, LeicaMakernoteDirectory.TAG_SERIAL_NUMBER);
        }
        return fromMakerNote;
    }

    private String makerNoteString(Class<? extends Directory> type, int tag) {
        Directory directory = firstOf(type);
        return directory == null ? null : cleanSerial(directory.getString(tag));
    }

    /** Blank, all-zero or binary serials identify nothing. */
    private static String cleanSerial(String raw) {
        String serial = MediaFacts.text(raw).orElse(null);
        if (serial == null) {
            return null;
        }
        boolean onlyZeros = true;
        for (int i = 0; i < serial.length(); i++) {
            char c = serial.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return null;
            }
            onlyZeros &= c == '0' || c == ' ';
        }
        return onlyZeros ? null : serial;
    }

    private GpsFix gps() {
        GpsDirectory gps = firstOf(GpsDirectory.class);
        if (gps == null) {
            return null;
        }
        GeoLocation location = gps.getGeoLocation();
        // 0,0 is what receivers without a fix write, not a place in the Gulf of Guinea
        if (location == null || location.isZero()) {
            return null;
        }
        try {
            return new GpsFix(location.getLatitude(), location.getLongitude(), Optional.ofNullable(gpsTime(gps)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** GPSDateStamp and GPSTimeStamp, which are UTC by definition. */
    private static Instant gpsTime(GpsDirectory gps) {
        String date = gps.getString(GpsDirectory.TAG_DATE_STAMP);
        Rational[] time = gps.getRationalArray(GpsDirectory.TAG_TIME_STAMP);
        if (date == null || time == null || time.length != 3) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(date.strip().replace(':', '-').replace('/', '-'));
            double seconds = time[0].doubleValue() * 3600 + time[1].doubleValue() * 60 + time[2].doubleValue();
            if (!(seconds >= 0 && seconds < 86400.5)) {
                return null;
            }
            return day.atStartOfDay(ZoneOffset.UTC).toInstant().plusMillis(Math.round(seconds * 1000));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private <T extends Directory> T firstOf(Class<T> type) {
        return tags.getFirstDirectoryOfType(type);
    }
}
