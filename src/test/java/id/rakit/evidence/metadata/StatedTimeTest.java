package id.rakit.evidence.metadata;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class StatedTimeTest {

    @Test
    void exifDateTime() {
        StatedTime time = StatedTime.parse("2021:09:27 07:13:41").orElseThrow();

        assertThat(time.local()).isEqualTo(LocalDateTime.of(2021, 9, 27, 7, 13, 41));
        assertThat(time.offset()).isEmpty();
    }

    @Test
    void xmpDateWithFractionAndOffset() {
        StatedTime time = StatedTime.parse("2020-02-18T08:56:03.93-07:00").orElseThrow();

        assertThat(time.local()).isEqualTo(LocalDateTime.of(2020, 2, 18, 8, 56, 3, 930_000_000));
        assertThat(time.offset()).contains(ZoneOffset.ofHours(-7));
    }

    @Test
    void appleCreationDateWithCompactOffset() {
        StatedTime time = StatedTime.parse("2019-07-24T11:25:40+0300").orElseThrow();

        assertThat(time.local()).isEqualTo(LocalDateTime.of(2019, 7, 24, 11, 25, 40));
        assertThat(time.offset()).contains(ZoneOffset.ofHours(3));
    }

    @Test
    void utcDesignator() {
        assertThat(StatedTime.parse("2024-09-17T03:15:00Z").orElseThrow().offset()).contains(ZoneOffset.UTC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"    :  :     :  :  ", "0000:00:00 00:00:00", "2024:00:00 00:00:00", "2021:02:30 10:00:00",
            "2024:09:17 25:00:00", "2004-02-26", "", "garbage", "E\u0000\u0000\rAVI RIFF"})
    void noDate(String text) {
        assertThat(StatedTime.parse(text)).isEmpty();
    }

    @Test
    void riffDatesAsCamerasWriteThem() {
        assertThat(StatedTime.parseRiff("Mon Mar 10 15:04:43 2003").map(StatedTime::local))
                .contains(LocalDateTime.of(2003, 3, 10, 15, 4, 43));
        assertThat(StatedTime.parseRiff("2002-12-16  15:35:01\0\0").map(StatedTime::local))
                .contains(LocalDateTime.of(2002, 12, 16, 15, 35, 1));
        assertThat(StatedTime.parseRiff("2005/11/28/ 09:19").map(StatedTime::local))
                .contains(LocalDateTime.of(2005, 11, 28, 9, 19));
        assertThat(StatedTime.parseRiff("2001/ 1/27  1:42PM").map(StatedTime::local))
                .contains(LocalDateTime.of(2001, 1, 27, 13, 42));
        assertThat(StatedTime.parseRiff("Xyz Abc 10 15:04:43 2003")).isEmpty();
    }

    @Test
    void iptcDateWithTimeAndOffset() {
        StatedTime time = StatedTime.parseIptc("20040226", "153000+0700").orElseThrow();

        assertThat(time.local()).isEqualTo(LocalDateTime.of(2004, 2, 26, 15, 30));
        assertThat(time.offset()).contains(ZoneOffset.ofHours(7));
        assertThat(StatedTime.parseIptc("20040226", null)).isEmpty();
    }

    @Test
    void offsets() {
        assertThat(StatedTime.offset("+07:00")).contains(ZoneOffset.ofHours(7));
        assertThat(StatedTime.offset("-0530")).contains(ZoneOffset.ofHoursMinutes(-5, -30));
        assertThat(StatedTime.offset("   :  ")).isEmpty();
        assertThat(StatedTime.offset("+25:00")).isEmpty();
        assertThat(StatedTime.offset(null)).isEqualTo(Optional.empty());
    }

    @Test
    void subSecondsAreAFractionNotACount() {
        assertThat(StatedTime.subSecondNanos("439")).isEqualTo(439_000_000);
        assertThat(StatedTime.subSecondNanos("93")).isEqualTo(930_000_000);
        assertThat(StatedTime.subSecondNanos("08")).isEqualTo(80_000_000);
        assertThat(StatedTime.subSecondNanos("   ")).isZero();
        assertThat(StatedTime.subSecondNanos("1a")).isZero();
    }
}
