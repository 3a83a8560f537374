package cn.gov.epidemic.checkpoint.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/** Rules of the checkpoint service that a deployment may tune ({@code checkpoint.*}). */
@ConfigMapping(prefix = "checkpoint")
public interface CheckpointConfig {

    /** The time zone of calendar days (issue day, statistics): China Standard Time. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /** A temperature at or above this (°C) starts the detection-and-transfer procedure (the source's 37.3). */
    @WithDefault("37.3")
    BigDecimal feverThreshold();

    /** The hospital a referral goes to when neither the checkpoint nor the inspection names one. */
    @WithDefault("旗县区定点医院")
    String defaultHospital();

    Passes pass();

    /** Pass rules. */
    interface Passes {
        /** Passengers a private-car city road pass may list besides the driver (控制随车人员数量). */
        @WithDefault("4")
        int maxPassengers();

        /** Calendar days a private-car pass is valid, from the departure day (departure day and the next by default). */
        @WithDefault("2")
        int privateTripDays();

        /** Longest validity window of an emergency or key-enterprise pass, in days. */
        @WithDefault("30")
        int maxValidityDays();

        /** Who every issue is filed with (报市交通运输局备案). */
        @WithDefault("市交通运输局")
        String filedWith();

        /**
         * The key-encryption key (base64 of 32 bytes; env {@code CHECKPOINT_PASS_KEK}) that seals the pass-signing private
         * keys in the database (AES-256-GCM). Required (this or {@link #kekFile}): without it, or with another one than
         * the keys were sealed with, the service does not start. Never logged.
         */
        Optional<String> kek();

        /** The same read from a file (a compose or Kubernetes secret; env {@code CHECKPOINT_PASS_KEK_FILE}), when {@code kek} is unset. */
        Optional<Path> kekFile();

        /** The transport department named on the green-lane passes issued automatically for supplies dispatches. */
        @WithDefault("内蒙古自治区交通运输厅")
        String dispatchIssuingBody();

        /** How long after its expected arrival a dispatch's pass stays valid (delays, the way back). */
        @WithDefault("PT24H")
        java.time.Duration dispatchGrace();
    }

    default LocalDate today() {
        return LocalDate.now(Clock.system(zone()));
    }

    default OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
