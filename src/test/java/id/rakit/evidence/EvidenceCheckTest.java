package id.rakit.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import id.rakit.post.EventWindow;
import id.rakit.post.GeoPoint;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvidenceCheckTest {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final EventWindow WINDOW = new EventWindow(
            LocalDateTime.parse("2024-09-17T09:00").atZone(WIB), LocalDateTime.parse("2024-09-17T12:00").atZone(WIB));

    static MediaInfo media(Optional<CaptureTime> t, String make, String software, Optional<GpsFix> gps,
                           Optional<LocalDateTime> modified, boolean camera) {
        return new MediaInfo(MediaType.PHOTO, "JPEG", t, Optional.ofNullable(make), Optional.ofNullable(make),
                Optional.empty(), Optional.ofNullable(software), Optional.of(1), Optional.of(4000), Optional.of(3000),
                Optional.empty(), Optional.empty(), gps, modified, camera, List.of());
    }

    static MediaInfo takenAt(String local, ZoneOffset offset) {
        return media(Optional.of(CaptureTime.withOffset(LocalDateTime.parse(local), offset, "Exif.DateTimeOriginal")),
                "Canon", null, Optional.empty(), Optional.empty(), true);
    }

    static CheckResult check(MediaInfo m) {
        return EvidenceCheck.check(m, EvidenceCheck.Context.of(Optional.of(WINDOW)));
    }

    @Test
    void insideTheWindowIsOnTimeAndBothEndsCount() {
        assertThat(check(takenAt("2024-09-17T10:30", ZoneOffset.ofHours(7))).verdict()).contains(Verdict.ON_TIME);
        assertThat(check(takenAt("2024-09-17T09:00", ZoneOffset.ofHours(7))).verdict()).contains(Verdict.ON_TIME);
        assertThat(check(takenAt("2024-09-17T12:00", ZoneOffset.ofHours(7))).verdict()).contains(Verdict.ON_TIME);
    }

    @Test
    void outsideTheWindowSaysHowFarWithASign() {
        Verdict twoDaysBefore = check(takenAt("2024-09-15T09:00", ZoneOffset.ofHours(7))).verdict().orElseThrow();
        assertThat(twoDaysBefore).isEqualTo(new Verdict(Verdict.Kind.OUTSIDE_WINDOW, -2 * 24 * 60));
        Verdict justAfter = check(takenAt("2024-09-17T12:00:10", ZoneOffset.ofHours(7))).verdict().orElseThrow();
        assertThat(justAfter).isEqualTo(new Verdict(Verdict.Kind.OUTSIDE_WINDOW, 1));
    }

    @Test
    void theOffsetInTheFileDecidesTheMoment() {
        // 10:30 in Makassar (WITA) is 09:30 WIB: on time; 08:30 at UTC+6 is 09:30 WIB too
        assertThat(check(takenAt("2024-09-17T10:30", ZoneOffset.ofHours(8))).verdict()).contains(Verdict.ON_TIME);
        assertThat(check(takenAt("2024-09-17T08:30", ZoneOffset.ofHours(6))).verdict()).contains(Verdict.ON_TIME);
        // 10:30 at UTC-6 is 23:30 WIB the same day
        assertThat(check(takenAt("2024-09-17T10:30", ZoneOffset.ofHours(-6))).verdict().orElseThrow().deltaMinutes())
                .isEqualTo(11 * 60 + 30);
    }

    @Test
    void noCaptureTimeIsSaidSoAndNeverGuessed() {
        CheckResult r = check(media(Optional.empty(), null, null, Optional.empty(), Optional.empty(), false));
        assertThat(r.verdict()).contains(Verdict.NO_TIMESTAMP);
        assertThat(r.captureTime()).isEmpty();
        assertThat(r.has(Flag.METADATA_STRIPPED)).isTrue();
    }

    @Test
    void withoutAnEventWindowThereIsNoVerdictYet() {
        CheckResult r = EvidenceCheck.check(takenAt("2024-09-17T10:30", ZoneOffset.ofHours(7)),
                EvidenceCheck.Context.of(Optional.empty()));
        assertThat(r.verdict()).isEmpty();
    }

    @Test
    void anAssumedZoneIsFlagged() {
        MediaInfo m = media(Optional.of(CaptureTime.assumingZone(LocalDateTime.parse("2024-09-17T10:00"), WIB,
                "Exif.DateTimeOriginal")), "Canon", null, Optional.empty(), Optional.empty(), true);
        CheckResult r = check(m);
        assertThat(r.has(Flag.ZONE_ASSUMED)).isTrue();
        assertThat(r.verdict()).contains(Verdict.ON_TIME);
        assertThat(r.needsAttention()).as("an assumed zone alone needs no decision").isFalse();
    }

    @Test
    void aTimeWithoutOffsetIsReadInTheEventsZone() {
        ZoneId wita = ZoneId.of("Asia/Makassar");
        EventWindow makassar = new EventWindow(LocalDateTime.parse("2024-09-17T09:00").atZone(wita),
                LocalDateTime.parse("2024-09-17T12:00").atZone(wita));
        // imported while WIB was assumed; the camera in Makassar showed 09:30 WITA
        MediaInfo m = media(Optional.of(CaptureTime.assumingZone(LocalDateTime.parse("2024-09-17T09:30"), WIB,
                "Exif.DateTimeOriginal")), "Canon", null, Optional.empty(), Optional.empty(), true);
        CheckResult r = EvidenceCheck.check(m, EvidenceCheck.Context.of(Optional.of(makassar)));
        assertThat(r.verdict()).contains(Verdict.ON_TIME);
        assertThat(r.captureTime().orElseThrow().instant()).isEqualTo(Instant.parse("2024-09-17T01:30:00Z"));
        assertThat(r.has(Flag.ZONE_ASSUMED)).isTrue();
    }

    @Test
    void editorsAreEditsButPhoneSoftwareVersionsAreNot() {
        Optional<CaptureTime> t = Optional.of(CaptureTime.withOffset(LocalDateTime.parse("2024-09-17T10:00"),
                ZoneOffset.ofHours(7), "Exif.DateTimeOriginal"));
        for (String editor : List.of("Adobe Photoshop 7.0", "GIMP 2.10.34", "Adobe Lightroom Classic 13.0",
                "Snapseed 2.0", "Canva")) {
            assertThat(check(media(t, "Apple", editor, Optional.empty(), Optional.empty(), true)).has(Flag.EDITED))
                    .as(editor).isTrue();
        }
        for (String os : List.of("17.5.1", "G991BXXU4CVC4", "HDR+ 1.0.540104767zd", "Ver.1.00", "MediaTek Camera Application")) {
            assertThat(check(media(t, "Apple", os, Optional.empty(), Optional.empty(), true)).has(Flag.EDITED))
                    .as(os).isFalse();
        }
    }

    @Test
    void aModifyDateWellAfterCaptureIsAnEdit() {
        Optional<CaptureTime> t = Optional.of(CaptureTime.withOffset(LocalDateTime.parse("2024-09-17T10:00"),
                ZoneOffset.ofHours(7), "Exif.DateTimeOriginal"));
        assertThat(check(media(t, "Nikon", "Ver.1.00", Optional.empty(),
                Optional.of(LocalDateTime.parse("2024-09-19T08:00")), true)).has(Flag.EDITED)).isTrue();
        assertThat(check(media(t, "Nikon", "Ver.1.00", Optional.empty(),
                Optional.of(LocalDateTime.parse("2024-09-17T10:00:02")), true)).has(Flag.EDITED)).isFalse();
    }

    @Test
    void gpsTimeFarFromCameraTimeIsAClockMismatch() {
        Optional<CaptureTime> t = Optional.of(CaptureTime.withOffset(LocalDateTime.parse("2024-09-17T10:00"),
                ZoneOffset.ofHours(7), "Exif.DateTimeOriginal"));
        GpsFix agrees = new GpsFix(-0.78, 100.31, Optional.of(Instant.parse("2024-09-17T03:05:00Z")));
        GpsFix hourOff = new GpsFix(-0.78, 100.31, Optional.of(Instant.parse("2024-09-17T04:05:00Z")));
        assertThat(check(media(t, "Apple", null, Optional.of(agrees), Optional.empty(), true)).has(Flag.CLOCK_MISMATCH))
                .isFalse();
        CheckResult off = check(media(t, "Apple", null, Optional.of(hourOff), Optional.empty(), true));
        assertThat(off.has(Flag.CLOCK_MISMATCH)).isTrue();
        assertThat(off.findings()).filteredOn(f -> f.flag() == Flag.CLOCK_MISMATCH)
                .first().extracting(f -> f.args().get(0)).isEqualTo(-65L);
    }

    @Test
    void farFromTheVenueIsFlaggedOnlyWhenBothPlacesAreKnown() {
        Optional<CaptureTime> t = Optional.of(CaptureTime.withOffset(LocalDateTime.parse("2024-09-17T10:00"),
                ZoneOffset.ofHours(7), "Exif.DateTimeOriginal"));
        GpsFix bukittinggi = new GpsFix(-0.3056, 100.3692, Optional.empty());
        GeoPoint padang = new GeoPoint(-0.9471, 100.4172);
        MediaInfo m = media(t, "Apple", null, Optional.of(bukittinggi), Optional.empty(), true);
        CheckResult far = EvidenceCheck.check(m, new EvidenceCheck.Context(Optional.of(WINDOW), Optional.of(padang),
                Optional.empty(), List.of()));
        assertThat(far.has(Flag.GPS_FAR)).isTrue();
        double km = ((Number) far.findings().stream().filter(f -> f.flag() == Flag.GPS_FAR).findFirst()
                .orElseThrow().args().get(0)).doubleValue();
        assertThat(km).isBetween(70.0, 73.0);
        assertThat(check(m).has(Flag.GPS_FAR)).isFalse();
        GeoPoint nearby = new GeoPoint(-0.31, 100.37);
        assertThat(EvidenceCheck.check(m, new EvidenceCheck.Context(Optional.of(WINDOW), Optional.of(nearby),
                Optional.empty(), List.of())).has(Flag.GPS_FAR)).isFalse();
    }

    @Test
    void aCameraClockCorrectionMovesTheCaptureAndTheVerdict() {
        // the camera ran 1 h 5 min behind: 07:55 on its clock was 09:00 real time
        MediaInfo m = takenAt("2024-09-17T07:55", ZoneOffset.ofHours(7));
        assertThat(check(m).verdict().orElseThrow().kind()).isEqualTo(Verdict.Kind.OUTSIDE_WINDOW);
        CheckResult corrected = EvidenceCheck.check(m, new EvidenceCheck.Context(Optional.of(WINDOW), Optional.empty(),
                Optional.of(Duration.ofMinutes(65)), List.of()));
        assertThat(corrected.verdict()).contains(Verdict.ON_TIME);
        assertThat(corrected.captureTime().orElseThrow().local()).isEqualTo(LocalDateTime.parse("2024-09-17T09:00"));
        assertThat(corrected.correction()).contains(Duration.ofMinutes(65));
    }

    @Test
    void reuseNamesTheOtherPostAndItsDate() {
        MediaInfo m = takenAt("2024-09-17T10:00", ZoneOffset.ofHours(7));
        ReuseMatch earlier = new ReuseMatch(3, "Banjir Padang", Optional.of(LocalDate.parse("2024-03-08")), true);
        CheckResult r = EvidenceCheck.check(m, new EvidenceCheck.Context(Optional.of(WINDOW), Optional.empty(),
                Optional.empty(), List.of(earlier)));
        assertThat(r.findings()).filteredOn(f -> f.flag() == Flag.REUSED).singleElement()
                .extracting(Finding::args).asList().containsExactly("Banjir Padang", LocalDate.parse("2024-03-08"), true);
        assertThat(r.needsAttention()).isTrue();
    }

    @Test
    void aForwardedVideoWithoutAnyDateIsStrippedButOneWithADateIsNot() {
        MediaInfo bare = new MediaInfo(MediaType.VIDEO, "MP4", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(848), Optional.of(480),
                Optional.of(12.0), Optional.of(0), Optional.empty(), Optional.empty(), false, List.of());
        assertThat(check(bare).has(Flag.METADATA_STRIPPED)).isTrue();
        MediaInfo dated = new MediaInfo(MediaType.VIDEO, "MP4",
                Optional.of(CaptureTime.fromUtc(Instant.parse("2024-09-17T03:15:00Z"), WIB, "QuickTime.CreateDate")),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(1920), Optional.of(1080), Optional.of(12.0), Optional.of(0), Optional.empty(),
                Optional.empty(), false, List.of());
        CheckResult r = check(dated);
        assertThat(r.has(Flag.METADATA_STRIPPED)).isFalse();
        assertThat(r.verdict()).contains(Verdict.ON_TIME);
    }
}
