package cn.gov.epidemic.supplies.api;

import cn.gov.epidemic.kitweb.validation.CountryCode;

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

    @Schema(name = "NewItem", description = "A catalogue item with its unit of measure and the standard it must meet.", examples = Examples.NEW_ITEM)
    public record NewItem(
            @NotNull @Pattern(regexp = CODE, message = CODE_MESSAGE) @Schema(examples = "N95") @Size(max = 40) String code,
            @NotBlank @Size(max = 120) @Schema(examples = "N95 口罩 (N95 respirator)") String name,
            @NotNull @Schema(examples = "RESPIRATOR") ItemCategory category,
            @NotBlank @Size(max = 20) @Schema(examples = "piece", description = "Unit of measure of every quantity of this item (piece, set, box, bottle).") String unitOfMeasure,
            @NotBlank @Size(max = 120) @Schema(examples = "GB 2626-2006 KN95 / NIOSH N95", description = "The standard a lot must conform to before release.") String standard) {
    }

    @Schema(name = "ItemUpdate", description = "Replaces an item's name, unit of measure and standard (the code stays).", examples = Examples.ITEM_UPDATE)
    public record ItemUpdate(
            @NotBlank @Size(max = 120) @Schema(examples = "N95 口罩 (N95 respirator)") String name,
            @NotNull @Schema(examples = "RESPIRATOR") ItemCategory category,
            @NotBlank @Size(max = 20) @Schema(examples = "piece") String unitOfMeasure,
            @NotBlank @Size(max = 120) @Schema(examples = "GB 2626-2006 KN95 / NIOSH N95") String standard) {
    }

    @Schema(name = "Item", description = "A catalogue item.", examples = Examples.ITEM)
    public record ItemView(UUID id, @Schema(maxLength = 40, examples = "N95") String code, @Schema(maxLength = 120, examples = "N95 口罩 (N95 respirator)") String name,
                           @Schema(examples = "RESPIRATOR") ItemCategory category, @Schema(maxLength = 20, examples = "piece") String unitOfMeasure,
                           @Schema(maxLength = 120, examples = "GB 2626-2006 KN95 / NIOSH N95") String standard, OffsetDateTime createdAt,
                           @Schema(minimum = "0", maximum = Bounds.COUNT_MAX, examples = "0") long version) {
    }

    @Schema(name = "NewSupplier", description = "A supplier and its country.", examples = Examples.NEW_SUPPLIER)
    public record NewSupplier(
            @NotBlank @Size(max = 200) @Schema(examples = "Ulaanbaatar Medical Trading LLC") String name,
            @NotNull @Pattern(regexp = COUNTRY, message = COUNTRY_MESSAGE) @CountryCode @Schema(examples = "MN") @Size(max = 2) String country,
            @Size(max = 100) @Schema(examples = "Ulaanbaatar") String city) {
    }

    @Schema(name = "Supplier", description = "A supplier.", examples = Examples.SUPPLIER)
    public record SupplierView(UUID id, @Schema(maxLength = 200, examples = "Ulaanbaatar Medical Trading LLC") String name,
                               @Schema(maxLength = 2, examples = "MN") String country, @Schema(nullable = true, maxLength = 100, examples = "Ulaanbaatar") String city,
                               OffsetDateTime createdAt, @Schema(minimum = "0", maximum = Bounds.COUNT_MAX) long version) {
    }

    @Schema(name = "NewWarehouse", description = "A warehouse stock is kept in.", examples = Examples.NEW_WAREHOUSE)
    public record NewWarehouse(
            @NotNull @Pattern(regexp = CODE, message = CODE_MESSAGE) @Schema(examples = "BYN-LINHE") @Size(max = 40) String code,
            @NotBlank @Size(max = 120) @Schema(examples = "巴彦淖尔市临河应急物资库") String name,
            @NotNull @Pattern(regexp = DIVISION, message = DIVISION_MESSAGE) @Schema(examples = "150802") @Size(max = 12) String divisionCode) {
    }

    @Schema(name = "Warehouse", description = "A warehouse.", examples = Examples.WAREHOUSE)
    public record WarehouseView(UUID id, @Schema(maxLength = 40, examples = "BYN-LINHE") String code, @Schema(maxLength = 120, examples = "巴彦淖尔市临河应急物资库") String name,
                                @Schema(maxLength = 12, examples = "150802") String divisionCode, OffsetDateTime createdAt, @Schema(minimum = "0", maximum = Bounds.COUNT_MAX) long version) {
    }

    @Schema(name = "NewRecipient", description = "A banner/county/district, hospital or organisation that requests or receives supplies.", examples = Examples.NEW_RECIPIENT)
    public record NewRecipient(
            @NotBlank @Size(max = 200) @Schema(examples = "巴彦淖尔市医院") String name,
            @NotNull @Schema(examples = "HOSPITAL") RecipientKind kind,
            @Pattern(regexp = DIVISION, message = DIVISION_MESSAGE) @Schema(examples = "150802") @Size(max = 12) String divisionCode) {
    }

    @Schema(name = "Recipient", description = "A recipient of supplies.", examples = Examples.RECIPIENT)
    public record RecipientView(UUID id, @Schema(maxLength = 200, examples = "巴彦淖尔市医院") String name, @Schema(examples = "HOSPITAL") RecipientKind kind,
                                @Schema(nullable = true, maxLength = 12, examples = "150802") String divisionCode, OffsetDateTime createdAt, @Schema(minimum = "0", maximum = Bounds.COUNT_MAX) long version) {
    }
}
