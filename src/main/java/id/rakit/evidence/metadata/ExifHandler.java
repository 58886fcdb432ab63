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

import java.io.IOException;
import java.util.Locale;
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

    private ExifHandler(Metadata metadata, int exifStart) {
        super(metadata, null, exifStart);
    }

    /** Reads the TIFF-structured EXIF starting at {@code offset} of {@code reader}, as ExifReader does. */
    static void read(RandomAccessReader reader, int offset, Metadata metadata) {
        ExifHandler handler = new ExifHandler(metadata, offset);
        try {
            new TiffReader().processTiff(reader, handler, offset);
        } catch (TiffProcessingException | IOException e) {
            handler.error("Exception processing TIFF data: " + e.getMessage());
        }
    }

    @Override
    public boolean customProcessTag(int tagOffset, Set<Integer> processedIfdOffsets, int tiffHeaderOffset,
                                    RandomAccessReader reader, int tagId, int byteCount) throws IOException {
        if (tagId == ExifDirectoryBase.TAG_MAKERNOTE && _currentDirectory instanceof ExifSubIFDDirectory
                && !serialInMakerNote()) {
            return true;
        }
        return super.customProcessTag(tagOffset, processedIfdOffsets, tiffHeaderOffset, reader, tagId, byteCount);
    }

    private boolean serialInMakerNote() {
        Directory ifd0 = _metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        String make = ifd0 == null ? null : ifd0.getString(ExifDirectoryBase.TAG_MAKE);
        if (make == null) {
            return false;
        }
        String lower = make.strip().toLowerCase(Locale.ROOT);
        return SERIAL_IN_MAKER_NOTE.stream().anyMatch(lower::startsWith);
    }
}
