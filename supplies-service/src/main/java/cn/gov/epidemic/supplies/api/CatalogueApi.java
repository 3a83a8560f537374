package cn.gov.epidemic.supplies.api;

import cn.gov.epidemic.kit.validation.CountryCode;

import cn.gov.epidemic.supplies.ItemCategory;
import cn.gov.epidemic.supplies.RecipientKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Wire records of the catalogue: items, suppliers, warehouses, recipients. */
public final class CatalogueApi {

    public static final String CODE = "[A-Z0-9][A-Z0-9-]{0,39}";
    public static final String CODE_MESSAGE = "{epidemic.item-code}";
    public static final String DIVISION = "[0-9]{6}([0-9]{3}){0,2}";
    public static final String DIVISION_MESSAGE = "{epidemic.division-code}";
    public static final String COUNTRY = "[A-Z]{2}";
    public static final String COUNTRY_MESSAGE = "{epidemic.country}";

    private CatalogueApi() {
    }

    @Schema(name = "NewItem", description = "A catalogue item with its unit of measure and the standard it must meet.")
    public record NewItem(
            @NotNull @Pattern(regexp = CODE, message = CODE_MESSAGE) @Schema(examples = "N95") String code,
            @NotBlank @Size(max = 120) @Schema(examples = "N95 口罩 (N95 respirator)") String name,
            @NotNull @Schema(examples = "RESPIRATOR") ItemCategory category,
            @NotBlank @Size(max = 20) @Schema(examples = "piece", description = "Unit of measure of every quantity of this item (piece, set, box, bottle).") String unitOfMeasure,
            @NotBlank @Size(max = 120) @Schema(examples = "GB 2626-2006 KN95 / NIOSH N95", description = "The standard a lot must conform to before release.") String standard) {
    }

    @Schema(name = "ItemUpdate", description = "Replaces an item's name, unit of measure and standard (the code stays).")
    public record ItemUpdate(
            @NotBlank @Size(max = 120) @Schema(examples = "N95 口罩 (N95 respirator)") String name,
            @NotNull @Schema(examples = "RESPIRATOR") ItemCategory category,
            @NotBlank @Size(max = 20) @Schema(examples = "piece") String unitOfMeasure,
            @NotBlank @Size(max = 120) @Schema(examples = "GB 2626-2006 KN95 / NIOSH N95") String standard) {
    }

    @Schema(name = "Item", description = "A catalogue item.")
    public record ItemView(UUID id, @Schema(examples = "N95") String code, @Schema(examples = "N95 口罩 (N95 respirator)") String name,
                           @Schema(examples = "RESPIRATOR") ItemCategory category, @Schema(examples = "piece") String unitOfMeasure,
                           @Schema(examples = "GB 2626-2006 KN95 / NIOSH N95") String standard, OffsetDateTime createdAt,
                           @Schema(examples = "0") long version) {
    }

    @Schema(name = "NewSupplier", description = "A supplier and its country.")
    public record NewSupplier(
            @NotBlank @Size(max = 200) @Schema(examples = "Ulaanbaatar Medical Trading LLC") String name,
            @NotNull @Pattern(regexp = COUNTRY, message = COUNTRY_MESSAGE) @CountryCode @Schema(examples = "MN") String country,
            @Size(max = 100) @Schema(examples = "Ulaanbaatar") String city) {
    }

    @Schema(name = "Supplier", description = "A supplier.")
    public record SupplierView(UUID id, @Schema(examples = "Ulaanbaatar Medical Trading LLC") String name,
                               @Schema(examples = "MN") String country, @Schema(examples = "Ulaanbaatar") String city,
                               OffsetDateTime createdAt, long version) {
    }

    @Schema(name = "NewWarehouse", description = "A warehouse stock is kept in.")
    public record NewWarehouse(
            @NotNull @Pattern(regexp = CODE, message = CODE_MESSAGE) @Schema(examples = "BYN-LINHE") String code,
            @NotBlank @Size(max = 120) @Schema(examples = "巴彦淖尔市临河应急物资库") String name,
            @NotNull @Pattern(regexp = DIVISION, message = DIVISION_MESSAGE) @Schema(examples = "150802") String divisionCode) {
    }

    @Schema(name = "Warehouse", description = "A warehouse.")
    public record WarehouseView(UUID id, @Schema(examples = "BYN-LINHE") String code, @Schema(examples = "巴彦淖尔市临河应急物资库") String name,
                                @Schema(examples = "150802") String divisionCode, OffsetDateTime createdAt, long version) {
    }

    @Schema(name = "NewRecipient", description = "A banner/county/district, hospital or organisation that requests or receives supplies.")
    public record NewRecipient(
            @NotBlank @Size(max = 200) @Schema(examples = "巴彦淖尔市医院") String name,
            @NotNull @Schema(examples = "HOSPITAL") RecipientKind kind,
            @Pattern(regexp = DIVISION, message = DIVISION_MESSAGE) @Schema(examples = "150802") String divisionCode) {
    }

    @Schema(name = "Recipient", description = "A recipient of supplies.")
    public record RecipientView(UUID id, @Schema(examples = "巴彦淖尔市医院") String name, @Schema(examples = "HOSPITAL") RecipientKind kind,
                                @Schema(examples = "150802") String divisionCode, OffsetDateTime createdAt, long version) {
    }
}
