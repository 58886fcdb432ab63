package id.rakit.evidence;

/**
 * What an admin should know about an item besides its verdict. Each has a code for scripts and
 * an explanation ({@code flag.CODE} and {@code flag.CODE.detail} in the message bundle).
 */
public enum Flag {
    /** The file gives no UTC offset; the configured zone was assumed. */
    ZONE_ASSUMED,
    /** An editing program touched the file, or it was changed well after capture. */
    EDITED,
    /** No camera metadata at all: typical of files forwarded through WhatsApp or downloaded. */
    METADATA_STRIPPED,
    /** The GPS clock and the camera clock disagree by more than ten minutes. */
    CLOCK_MISMATCH,
    /** Taken more than five kilometres from the venue. */
    GPS_FAR,
    /** The same picture is already evidence in another post. */
    REUSED
}
