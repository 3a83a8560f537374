package cn.gov.epidemic.personnel.api;

import cn.gov.epidemic.personnel.DivisionKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Wire records of administrative divisions. */
public final class DivisionApi {

    public static final String CODE = "[0-9]{6}([0-9]{3}){0,2}";
    public static final String CODE_MESSAGE = "{epidemic.division-code}";

    private DivisionApi() {
    }

    @Schema(name = "NewDivision", description = "An administrative division to register.")
    public record NewDivision(
            @NotNull @Pattern(regexp = CODE, message = CODE_MESSAGE) @Size(max = Bounds.CODE) @Schema(examples = "150102001001", description = "National division code, 6, 9 or 12 digits.") String code,
            @NotBlank @Size(max = 100) @Schema(examples = "新城区东街社区") String name,
            @NotNull @Schema(examples = "COMMUNITY") DivisionKind kind,
            @Pattern(regexp = CODE, message = CODE_MESSAGE) @Size(max = Bounds.CODE) @Schema(examples = "150102001", description = "The enclosing division; absent for a league or city.") String parentCode,
            @Min(0) @Max(10_000_000) @Schema(examples = "1200", description = "Registered households, the denominator of screening coverage.") Integer households) {
    }

    @Schema(name = "Division", description = "An administrative division.", examples = Examples.DIVISION)
    public record DivisionView(
            @Schema(examples = "150102001001", maxLength = Bounds.CODE) String code,
            @Schema(examples = "新城区1-1社区", maxLength = Bounds.DIVISION_NAME) String name,
            @Schema(examples = "COMMUNITY") DivisionKind kind,
            @Schema(examples = "4", description = "1 league/city, 2 banner/county/district, 3 sumu/town/subdistrict, 4 gacha/village/community.", minimum = "1", maximum = "4") int level,
            @Schema(examples = "150102001", maxLength = Bounds.CODE) String parentCode,
            @Schema(examples = "1500", minimum = "0", maximum = "10000000") Integer households) {
    }

    @Schema(name = "ScreeningCoverage", description = "Household screening coverage of a division and everything under it.", examples = Examples.SCREENING_COVERAGE)
    public record ScreeningCoverage(
            @Schema(examples = "152500", maxLength = Bounds.CODE) String divisionCode,
            @Schema(examples = "锡林郭勒盟", maxLength = Bounds.DIVISION_NAME) String divisionName,
            @Schema(description = "Villages and communities under the division.", examples = "12", minimum = "0", maximum = Bounds.COUNT) long villagesAndCommunities,
            @Schema(description = "Of those, with at least one screening visit.", examples = "12", minimum = "0", maximum = Bounds.COUNT) long villagesAndCommunitiesScreened,
            @Schema(description = "Households registered under the division (where known).", examples = "3600", minimum = "0", maximum = Bounds.COUNT) long householdsRegistered,
            @Schema(description = "Distinct households visited.", examples = "420", minimum = "0", maximum = Bounds.COUNT) long householdsVisited,
            @Schema(description = "Visits recorded.", examples = "450", minimum = "0", maximum = Bounds.COUNT) long visits,
            @Schema(description = "Households visited as a percentage of those registered, one decimal; null when none are registered.", examples = "11.7") java.math.BigDecimal percentHouseholdsVisited,
            @Schema(description = "Visits that found a key person.", examples = "7", minimum = "0", maximum = Bounds.COUNT) long keyPersonsFound,
            @Schema(description = "Grid workers who recorded visits.", examples = "40", minimum = "0", maximum = Bounds.COUNT) long workers) {
    }
}
