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
            @Pattern(regexp = DivisionApi.CODE, message = DivisionApi.CODE_MESSAGE) @Schema(examples = "152224101001") String divisionCode,
            @Size(max = 200) @Schema(examples = "村口主路交叉口") String location) {
    }

    @Schema(name = "DutyPost", description = "A duty post.")
    public record PostView(UUID id, String name, PostKind kind, String divisionCode, String location, long version) {
    }

    @Schema(name = "NewShift", description = "A period of cover at a post by a person or a team (at least one).")
    public record NewShift(@NotNull @Schema(examples = "2020-02-03T08:00:00+08:00") OffsetDateTime startsAt,
                           @NotNull @Schema(examples = "2020-02-03T16:00:00+08:00") OffsetDateTime endsAt,
                           UUID teamId, UUID personId) {
    }

    @Schema(name = "Shift", description = "A period of cover at a post.")
    public record ShiftView(UUID id, UUID postId, OffsetDateTime startsAt, OffsetDateTime endsAt, UUID teamId, UUID personId) {
    }

    @Schema(name = "Coverage", description = "Cover of one post over one calendar day (in the service's time zone), with the gaps.")
    public record Coverage(UUID postId, String postName, LocalDate date, @Schema(examples = "Asia/Shanghai") String zone,
                           @Schema(examples = "1440") long coveredMinutes,
                           @Schema(description = "True when the whole day is covered.") boolean fullyCovered,
                           List<Gap> gaps) {
    }

    @Schema(name = "CoverageGap", description = "A period with nobody on duty.")
    public record Gap(OffsetDateTime from, OffsetDateTime to, long minutes) {
    }
}
