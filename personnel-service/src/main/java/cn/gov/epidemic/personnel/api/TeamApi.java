package cn.gov.epidemic.personnel.api;

import cn.gov.epidemic.personnel.PersonCategory;
import cn.gov.epidemic.personnel.TeamKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Wire records of teams and their members. */
public final class TeamApi {

    private TeamApi() {
    }

    @Schema(name = "NewTeam", description = "A team: shock, guard, special or volunteer service team, spearhead squad, vanguard team.")
    public record NewTeam(
            @NotBlank @Size(max = 120) @Schema(examples = "南田社区党员志愿服务队") String name,
            @NotNull @Schema(examples = "VOLUNTEER_SERVICE_TEAM") TeamKind kind,
            @Pattern(regexp = DivisionApi.CODE, message = DivisionApi.CODE_MESSAGE) @Size(max = Bounds.CODE) @Schema(examples = "152921100001") String divisionCode,
            UUID leaderId) {
    }

    @Schema(name = "Team", description = "A team and its size.", examples = Examples.TEAM)
    public record TeamView(UUID id, @Schema(maxLength = 120) String name, TeamKind kind, @Schema(maxLength = Bounds.CODE) String divisionCode,
                           UUID leaderId, @Schema(examples = "18", minimum = "0", maximum = Bounds.COUNT) long members, OffsetDateTime createdAt,
                           @Schema(minimum = "0", maximum = Bounds.VERSION) long version) {
    }

    @Schema(name = "NewTeamMember", description = "A person joining a team.")
    public record NewMember(@NotNull UUID personId, @Size(max = 60) @Schema(examples = "队员") String role) {
    }

    @Schema(name = "TeamMember", description = "A member of a team.", examples = Examples.TEAM_MEMBER)
    public record MemberView(UUID personId, @Schema(maxLength = Bounds.PERSON_NAME) String name, PersonCategory category,
                             @Schema(maxLength = 60) String role, OffsetDateTime joinedAt) {
    }

    @Schema(name = "TeamMembershipChange", description = "A person joined a team or left it (event data of team.member-added and team.member-removed).")
    public record MembershipChange(UUID teamId, UUID personId, @Schema(examples = "队员", maxLength = 60) String role) {
    }
}
