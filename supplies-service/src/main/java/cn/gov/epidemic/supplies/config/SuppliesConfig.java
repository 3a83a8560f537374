package cn.gov.epidemic.supplies.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Rules of the supplies service that a deployment may tune ({@code supplies.*}). */
@ConfigMapping(prefix = "supplies")
public interface SuppliesConfig {

    /** The time zone of "today" (expiry, days of cover): China Standard Time. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /** Expiry buckets of the stock view. */
    Expiry expiry();

    /** Days of cover. */
    Cover cover();

    interface Expiry {
        /** A lot expiring within this many days is in bucket EXPIRES_SOON. */
        @WithDefault("30")
        int soonDays();

        /** ... within this many days (and not soon) in bucket EXPIRES_WITHIN_MEDIUM. */
        @WithDefault("90")
        int mediumDays();
    }

    interface Cover {
        /** Average daily consumption is taken over the recorded days of this many last days. */
        @WithDefault("7")
        int windowDays();
    }

    default LocalDate today() {
        return LocalDate.now(Clock.system(zone()));
    }

    default OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
