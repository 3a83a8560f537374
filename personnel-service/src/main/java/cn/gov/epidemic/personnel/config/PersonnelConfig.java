package cn.gov.epidemic.personnel.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Rules of the personnel service that a deployment may tune ({@code personnel.*}). */
@ConfigMapping(prefix = "personnel")
public interface PersonnelConfig {

    /** Home observation. */
    Observation observation();

    /** The time zone of "today" and of calendar days for shift coverage (the source's: China Standard Time). */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /** Observation settings. */
    interface Observation {
        /** Default length of home observation in days (the source's 14 days). */
        @WithDefault("14")
        int defaultDays();
    }

    default LocalDate today() {
        return LocalDate.now(Clock.system(zone()));
    }

    default OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
