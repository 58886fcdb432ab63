package id.rakit.evidence.metadata;

import com.drew.imaging.tiff.TiffProcessingException;
import com.drew.imaging.tiff.TiffReader;
import com.drew.lang.RandomAccessReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.ExifTiffHandler;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.exif.makernotes.CanonMakernoteDirectory;
import com.drew.metadata.exif.makernotes.FujifilmMakernoteDirectory;
import com.drew.metadata.exif.makernotes.LeicaMakernoteDirectory;
import com.drew.metadata.exif.makernotes.NikonType2MakernoteDirectory;
import com.drew.metadata.exif.makernotes.OlympusEquipmentMakernoteDirectory;
import com.drew.metadata.exif.makernotes.PanasonicMakernoteDirectory;
import com.drew.metadata.exif.makernotes.SigmaMakernoteDirectory;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * metadata-extractor's EXIF handler, told to skip the maker notes Rakit takes nothing from.
 * Maker notes are most of the parsing work, and some (Apple's embedded property lists) are
 * where damaged files make the library throw; only the makers whose notes carry a body serial
 * that the library decodes are parsed.
 */
final class ExifHandler extends ExifTiffHandler {

    private static final Set<String> SERIAL_IN_MAKER_NOTE = Set.of("canon", "nikon", "fuji", "olympus",
            "om digital", "panasonic", "leica", "sigma");

    /**
     * The tags Rakit reads from the EXIF of a JPEG or HEIF, by directory ({@link PhotoTags}): the
     * camera, orientation and dates of IFD0 and the Exif IFD, all of the GPS IFD, and the one
     * serial-number tag of each maker note. The rest of a typical EXIF block (exposure, lens,
     * thumbnail, and above all the dozens of maker-note tags) is left unread: reading every
     * tag was the bulk of the metadata work, and made the library's per-tag method hot enough
     * for the JIT to spend a fifth of a second compiling it in a short command-line run.
     */
    private static final Map<Class<? extends Directory>, Set<Integer>> ESSENTIAL = Map.of(
            ExifIFD0Directory.class, Set.of(ExifDirectoryBase.TAG_MAKE, ExifDirectoryBase.TAG_MODEL,
                    ExifDirectoryBase.TAG_SOFTWARE, ExifDirectoryBase.TAG_ORIENTATION, ExifDirectoryBase.TAG_DATETIME,
                    ExifDirectoryBase.TAG_DATETIME_ORIGINAL, ExifDirectoryBase.TAG_DATETIME_DIGITIZED,
                    ExifDirectoryBase.TAG_SUBSECOND_TIME_ORIGINAL, ExifDirectoryBase.TAG_SUBSECOND_TIME_DIGITIZED,
                    ExifDirectoryBase.TAG_TIME_ZONE_ORIGINAL, ExifDirectoryBase.TAG_TIME_ZONE_DIGITIZED,
                    ExifDirectoryBase.TAG_BODY_SERIAL_NUMBER, ExifDirectoryBase.TAG_IMAGE_WIDTH,
                    ExifDirectoryBase.TAG_IMAGE_HEIGHT),
            ExifSubIFDDirectory.class, Set.of(ExifDirectoryBase.TAG_DATETIME_ORIGINAL,
                    ExifDirectoryBase.TAG_DATETIME_DIGITIZED, ExifDirectoryBase.TAG_SUBSECOND_TIME_ORIGINAL,
                    ExifDirectoryBase.TAG_SUBSECOND_TIME_DIGITIZED, ExifDirectoryBase.TAG_TIME_ZONE_ORIGINAL,
                    ExifDirectoryBase.TAG_TIME_ZONE_DIGITIZED, ExifDirectoryBase.TAG_BODY_SERIAL_NUMBER),
            CanonMakernoteDirectory.class, Set.of(CanonMakernoteDirectory.TAG_CANON_SERIAL_NUMBER),
            NikonType2MakernoteDirectory.class, Set.of(NikonType2MakernoteDirectory.TAG_CAMERA_SERIAL_NUMBER),
            FujifilmMakernoteDirectory.class, Set.of(FujifilmMakernoteDirectory.TAG_SERIAL_NUMBER),
            OlympusEquipmentMakernoteDirectory.class, Set.of(OlympusEquipmentMakernoteDirectory.TAG_SERIAL_NUMBER),
            PanasonicMakernoteDirectory.class, Set.of(PanasonicMakernoteDirectory.TAG_INTERNAL_SERIAL_NUMBER),
            SigmaMakernoteDirectory.class, Set.of(SigmaMakernoteDirectory.TAG_SERIAL_NUMBER),
            LeicaMakernoteDirectory.class, Set.of(LeicaMakernoteDirectory.TAG_SERIAL_NUMBER));

    /**
     * Tags that the library's handler treats specially in the directories above (embedded
     * blocks, maker notes, tag 0): those still go through it.
     */
    private static final Set<Integer> STRUCTURAL = Set.of(0, 700, 33723, 34377, 34675,
            ExifDirectoryBase.TAG_MAKERNOTE, 50341);

    private final boolean essentialOnly;

    private ExifHandler(Metadata metadata, int exifStart, boolean essentialOnly) {
        super(metadata, null, exifStart);
        this.essentialOnly = essentialOnly;
    }

    /** Reads the TIFF-structured EXIF starting at {@code offset} of {@code reader}, as ExifReader does. */
    static void read(RandomAccessReader reader, int offset, Metadata metadata) {
        read(reader, offset, metadata, false);
    }

    /**
     * As {@link #read(RandomAccessReader, int, Metadata)}, keeping only the tags Rakit reads when
     * {@code essentialOnly}: for EXIF blocks whose directories say nothing about the picture
     * itself (a JPEG's or HEIF's, whose pixel size comes from elsewhere), unlike a TIFF or raw file's.
     */
    static void read(RandomAccessReader reader, int offset, Metadata metadata, boolean essentialOnly) {
        ExifHandler handler = new ExifHandler(metadata, offset, essentialOnly);
        try {
            new TiffReader().processTiff(reader, handler, offset);
        } catch (TiffProcessingException | IOException e) {
            handler.error("Exception processing TIFF data: " + e.getMessage());
        }
    }

    /** Without all tags, the thumbnail's directory (IFD1) has nothing Rakit reads: not entered. */
    @Override
    public boolean hasFollowerIfd() {
        return !essentialOnly && super.hasFollowerIfd();
    }

    /** Nor has the interoperability directory. */
    @Override
    public boolean tryEnterSubIfd(int tagId) {
        if (essentialOnly && tagId == ExifSubIFDDirectory.TAG_INTEROP_OFFSET
                && _currentDirectory instanceof ExifSubIFDDirectory) {
            return false;
        }
        return super.tryEnterSubIfd(tagId);
    }

    @Override
    public boolean customProcessTag(int tagOffset, Set<Integer> processedIfdOffsets, int tiffHeaderOffset,
                                    RandomAccessReader reader, int tagId, int byteCount) throws IOException {
        if (tagId == ExifDirectoryBase.TAG_MAKERNOTE && _currentDirectory instanceof ExifSubIFDDirectory
                && !serialInMakerNote()) {
            return true;
        }
        // true means "taken care of": the library then leaves the tag unread
        boolean filtered = essentialOnly && !(_currentDirectory instanceof GpsDirectory);
        Set<Integer> wanted = filtered ? ESSENTIAL.get(_currentDirectory.getClass()) : null;
        if (wanted != null && !STRUCTURAL.contains(tagId)) {
            // a plain tag of a plain directory: no need to ask the library's special cases first
            return !wanted.contains(tagId);
        }
        if (super.customProcessTag(tagOffset, processedIfdOffsets, tiffHeaderOffset, reader, tagId, byteCount)) {
            return true;
        }
        return filtered && (wanted == null || !wanted.contains(tagId));
    }

    private boolean serialInMakerNote() {
        Directory ifd0 = _metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        String make = ifd0 == null ? null : ifd0.getString(ExifDirectoryBase.TAG_MAKE);
        if (make == null) {
            return false;
        }
        String lower = make.strip().toLowerCase(Locale.ROOT);
        for (String maker : SERIAL_IN_MAKER_NOTE) {
            if (lower.startsWith(maker)) {
                return true;
            }
        }
        return false;
    }
}
