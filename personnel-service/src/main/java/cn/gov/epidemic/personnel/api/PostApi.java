package cn.gov.epidemic.personnel.api;

import cn.gov.epidemic.personnel.PostKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Wire records of duty posts, shifts and 24-hour coverage. */
public final class PostApi {

    private PostApi() {
    }

    @Schema(name = "NewDutyPost", description = "A post to staff around the clock.")
    public record NewPost(
            @NotBlank @Size(max = 120) @Schema(examples = "永安镇1号文明劝导站") String name,
            @NotNull @Schema(examples = "PERSUASION_STATION") PostKind kind,
            @Pattern(regexp = DivisionApi.CODE, message = DivisionApi.CODE_MESSAGE) @Size(max = Bounds.CODE) @Schema(examples = "152224100201") String divisionCode,
            @Size(max = 200) @Schema(examples = "第1村重要路口") String location) {
    }

    @Schema(name = "DutyPost", description = "A duty post.", examples = Examples.DUTY_POST)
    public record PostView(UUID id, @Schema(maxLength = 120) String name, PostKind kind, @Schema(maxLength = Bounds.CODE) String divisionCode,
                           @Schema(maxLength = 200) String location, @Schema(minimum = "0", maximum = Bounds.VERSION) long version) {
    }

    @Schema(name = "NewShift", description = "A period of cover at a post by a person or a team (at least one).")
    public record NewShift(@NotNull @Schema(examples = "2020-02-03T08:00:00+08:00") OffsetDateTime startsAt,
                           @NotNull @Schema(examples = "2020-02-03T16:00:00+08:00") OffsetDateTime endsAt,
                           UUID teamId, UUID personId) {
    }

    @Schema(name = "Shift", description = "A period of cover at a post.", examples = Examples.SHIFT)
    public record ShiftView(UUID id, UUID postId, OffsetDateTime startsAt, OffsetDateTime endsAt, UUID teamId, UUID personId) {
    }

    @Schema(name = "Coverage", description = "Cover of one post over one calendar day (in the service's time zone), with the gaps.", examples = Examples.COVERAGE)
    public record Coverage(UUID postId, @Schema(maxLength = 120) String postName, LocalDate date,
                           @Schema(examples = "Asia/Shanghai", maxLength = 64) String zone,
                           @Schema(examples = "1440", minimum = "0", maximum = "1500") long coveredMinutes,
                           @Schema(description = "True when the whole day is covered.") boolean fullyCovered,
                           @Schema(maxItems = Bounds.WHOLE_LIST) List<Gap> gaps) {
    }

    @Schema(name = "CoverageGap", description = "A period with nobody on duty.")
    public record Gap(OffsetDateTime from, OffsetDateTime to, @Schema(description = "Whole minutes (a gap shorter than a minute is 0).", minimum = "0", maximum = "1500") long minutes) {
    }
}
