package cn.gov.epidemic.personnel.api;

import cn.gov.epidemic.personnel.UnitKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** Wire records of source units. */
public final class UnitApi {

    private UnitApi() {
    }

    @Schema(name = "NewUnit", description = "A unit people are sent from.")
    public record NewUnit(
            @NotBlank @Size(max = 120) @Schema(examples = "新城区政法委") String name,
            @NotNull @Schema(examples = "POLITICAL_LEGAL_COMMITTEE") UnitKind kind,
            @Pattern(regexp = DivisionApi.CODE, message = DivisionApi.CODE_MESSAGE) @Size(max = Bounds.CODE) @Schema(examples = "150102") String divisionCode) {
    }

    @Schema(name = "Unit", description = "A unit people are sent from.", examples = Examples.UNIT)
    public record UnitView(UUID id,
                           @Schema(examples = "新城区公安分局", maxLength = 120) String name,
                           @Schema(examples = "PUBLIC_SECURITY") UnitKind kind,
                           @Schema(examples = "150102", maxLength = Bounds.CODE) String divisionCode) {
    }
}
