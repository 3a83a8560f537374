package cn.gov.epidemic.supplies.rest;

import cn.gov.epidemic.kitweb.validation.CountryCode;

import cn.gov.epidemic.kit.rest.Filter;
import cn.gov.epidemic.kitweb.security.Roles;
import cn.gov.epidemic.supplies.api.Examples;
import cn.gov.epidemic.kit.rest.ETags;
import cn.gov.epidemic.kit.rest.IdempotencyKeys;
import cn.gov.epidemic.kit.rest.Page;
import cn.gov.epidemic.kit.rest.PageQuery;
import cn.gov.epidemic.kit.rest.Responses;
import cn.gov.epidemic.supplies.ItemCategory;
import cn.gov.epidemic.supplies.RecipientKind;
import cn.gov.epidemic.supplies.api.CatalogueApi;
import cn.gov.epidemic.supplies.api.CatalogueApi.ItemUpdate;
import cn.gov.epidemic.supplies.api.CatalogueApi.ItemView;
import cn.gov.epidemic.supplies.api.CatalogueApi.NewItem;
import cn.gov.epidemic.supplies.api.CatalogueApi.NewRecipient;
import cn.gov.epidemic.supplies.api.CatalogueApi.NewSupplier;
import cn.gov.epidemic.supplies.api.CatalogueApi.NewWarehouse;
import cn.gov.epidemic.supplies.api.CatalogueApi.RecipientView;
import cn.gov.epidemic.supplies.api.CatalogueApi.SupplierView;
import cn.gov.epidemic.supplies.api.CatalogueApi.WarehouseView;
import cn.gov.epidemic.supplies.service.CatalogueService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The catalogue: items, suppliers, warehouses, recipients. */
@Path(ApiDocs.BASE)
@Tag(name = "Catalogue", description = "Items with unit of measure and standard; suppliers with ISO 3166 country; warehouses; recipients (banners/counties/districts, hospitals, organisations).")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    @Inject
    CatalogueService service;
    @Inject
    IdempotencyKeys idempotency;

    @POST
    @Path("/items")
    @RolesAllowed({Roles.SUPPLIES_WRITE, Roles.ADMIN})
    @Operation(operationId = "registerItem", summary = "Register an item · 登记物资品目", description = "The code is unique (N95, PPE-SUIT ...).")
    @APIResponse(responseCode = "201", description = "Registered; Location names it; ETag is its version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    @APIResponse(responseCode = "409", description = "The code is taken (item-exists).")
    public Response registerItem(@HeaderParam(IdempotencyKeys.HEADER) @Size(max = 200) @Parameter(description = ApiDocs.IDEMPOTENCY, example = ApiDocs.IDEMPOTENCY_EXAMPLE) String idempotencyKey,
                                 @NotNull @Valid NewItem body, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST items", body, () -> {
            ItemView v = service.registerItem(body);
            return Responses.created(uri, v.id(), v, v.version());
        });
    }

    @PUT
    @Path("/items/{id}")
    @RolesAllowed({Roles.SUPPLIES_WRITE, Roles.ADMIN})
    @Operation(operationId = "updateItem", summary = "Replace an item's details · 修改物资品目信息", description = "The code stays. Lots already released keep the standard they were checked against.")
    @APIResponse(responseCode = "200", description = "Updated; ETag is the new version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version.")
    public Response updateItem(@PathParam("id") @Parameter(description = "Its id (UUID).", example = Examples.ITEM_ID) UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 40) @Parameter(description = ApiDocs.IF_MATCH, example = ApiDocs.IF_MATCH_EXAMPLE) String ifMatch,
                               @NotNull @Valid ItemUpdate body) {
        ItemView v = service.updateItem(id, ETags.expectedVersion(ifMatch), body);
        return Responses.ok(v, v.version());
    }

    @GET
    @Path("/items/{id}")
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "getItem", summary = "Read an item · 查询物资品目", description = "A catalogue item with its unit of measure and the standard it must meet; ETag is its version.")
    @APIResponse(responseCode = "200", description = "The item; ETag is its version.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    public Response item(@PathParam("id") @Parameter(description = "Its id (UUID).", example = Examples.ITEM_ID) UUID id) {
        ItemView v = service.item(id);
        return Responses.ok(v, v.version());
    }

    @GET
    @Path("/items")
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "listItems", summary = "List items · 物资品目列表", description = "Filters: category, code. Sort by code, name, category.")
    @Extension(name = "x-sort-fields", value = "code,name,category")
    @APIResponse(responseCode = "200", description = "A page of items.")
    public Page<ItemView> items(@QueryParam("category") @Parameter(example = "RESPIRATOR") ItemCategory category,
                                @QueryParam("code") @Size(max = 40) @Pattern(regexp = CatalogueApi.CODE, message = CatalogueApi.CODE_MESSAGE) @Parameter(description = "The item code, exactly.", example = "N95") String code,
                                @Valid @BeanParam PageQuery page) {
        return service.items(category, code, page);
    }

    @POST
    @Path("/suppliers")
    @RolesAllowed({Roles.SUPPLIES_WRITE, Roles.ADMIN})
    @Operation(operationId = "registerSupplier", summary = "Register a supplier · 登记供应商", description = "Country is ISO 3166-1 alpha-2 (MN, TR, KR).")
    @APIResponse(responseCode = "201", description = "Registered; Location names it.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupplierView.class)))
    @APIResponse(responseCode = "409", description = "A supplier with this name exists (supplier-exists).")
    public Response registerSupplier(@HeaderParam(IdempotencyKeys.HEADER) @Size(max = 200) @Parameter(description = ApiDocs.IDEMPOTENCY, example = ApiDocs.IDEMPOTENCY_EXAMPLE) String idempotencyKey,
                                     @NotNull @Valid NewSupplier body, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST suppliers", body, () -> {
            SupplierView v = service.registerSupplier(body);
            return Responses.created(uri, v.id(), v, v.version());
        });
    }

    @GET
    @Path("/suppliers/{id}")
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "getSupplier", summary = "Read a supplier · 查询供应商", description = "A supplier with its ISO 3166 country code.")
    @APIResponse(responseCode = "200", description = "The supplier.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupplierView.class)))
    public Response supplier(@PathParam("id") @Parameter(description = "Its id (UUID).", example = Examples.SUPPLIER_ID) UUID id) {
        SupplierView v = service.supplier(id);
        return Responses.ok(v, v.version());
    }

    @GET
    @Path("/suppliers")
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "listSuppliers", summary = "List suppliers · 供应商列表", description = "Filter: country. Sort by name, createdAt.")
    @Extension(name = "x-sort-fields", value = "name,createdAt")
    @APIResponse(responseCode = "200", description = "A page of suppliers.")
    public Page<SupplierView> suppliers(@QueryParam("country") @Size(max = 2) @Pattern(regexp = CatalogueApi.COUNTRY, message = CatalogueApi.COUNTRY_MESSAGE) @CountryCode @Parameter(description = "ISO 3166-1 alpha-2 country of the supplier.", example = "MN") String country,
                                        @Valid @BeanParam PageQuery page) {
        return service.suppliers(country, page);
    }

    @POST
    @Path("/warehouses")
    @RolesAllowed({Roles.SUPPLIES_WRITE, Roles.ADMIN})
    @Operation(operationId = "registerWarehouse", summary = "Register a warehouse · 登记仓库", description = "A warehouse of imported medical supplies (Linhe 临河) in a division; stock is kept per warehouse and lot.")
    @APIResponse(responseCode = "201", description = "Registered; Location names it.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WarehouseView.class)))
    @APIResponse(responseCode = "409", description = "The code is taken (warehouse-exists).")
    public Response registerWarehouse(@HeaderParam(IdempotencyKeys.HEADER) @Size(max = 200) @Parameter(description = ApiDocs.IDEMPOTENCY, example = ApiDocs.IDEMPOTENCY_EXAMPLE) String idempotencyKey,
                                      @NotNull @Valid NewWarehouse body, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST warehouses", body, () -> {
            WarehouseView v = service.registerWarehouse(body);
            return Responses.created(uri, v.id(), v, v.version());
        });
    }

    @GET
    @Path("/warehouses/{id}")
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "getWarehouse", summary = "Read a warehouse · 查询仓库", description = "A warehouse (e.g. Linhe) that holds stock.")
    @APIResponse(responseCode = "200", description = "The warehouse.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WarehouseView.class)))
    public Response warehouse(@PathParam("id") @Parameter(description = "Its id (UUID).", example = Examples.WAREHOUSE_ID) UUID id) {
        WarehouseView v = service.warehouse(id);
        return Responses.ok(v, v.version());
    }

    @GET
    @Path("/warehouses")
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "listWarehouses", summary = "List warehouses · 仓库列表", description = "Filters: divisionCode (the division and all under it), name (contains, ignoring case). Sort by name, createdAt.")
    @Extension(name = "x-sort-fields", value = "name,createdAt")
    @APIResponse(responseCode = "200", description = "A page of warehouses.")
    public Page<WarehouseView> warehouses(@QueryParam("divisionCode") @Size(max = 12) @Pattern(regexp = CatalogueApi.DIVISION, message = CatalogueApi.DIVISION_MESSAGE) @Parameter(description = Filter.WITHIN_DIVISION, example = "150800") String divisionCode,
                                          @QueryParam("name") @Size(max = 200) @Parameter(description = "Part of the name (contains, ignoring case), e.g. 储备库.", example = "储备库") String name,
                                          @Valid @BeanParam PageQuery page) {
        return service.warehouses(divisionCode, name, page);
    }

    @POST
    @Path("/recipients")
    @RolesAllowed({Roles.SUPPLIES_WRITE, Roles.ADMIN})
    @Operation(operationId = "registerRecipient", summary = "Register a recipient · 登记受领单位", description = "A DIVISION recipient (banner/county/district) needs its division code.")
    @APIResponse(responseCode = "201", description = "Registered; Location names it.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecipientView.class)))
    @APIResponse(responseCode = "409", description = "A recipient with this name exists (recipient-exists).")
    public Response registerRecipient(@HeaderParam(IdempotencyKeys.HEADER) @Size(max = 200) @Parameter(description = ApiDocs.IDEMPOTENCY, example = ApiDocs.IDEMPOTENCY_EXAMPLE) String idempotencyKey,
                                      @NotNull @Valid NewRecipient body, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST recipients", body, () -> {
            RecipientView v = service.registerRecipient(body);
            return Responses.created(uri, v.id(), v, v.version());
        });
    }

    @GET
    @Path("/recipients/{id}")
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "getRecipient", summary = "Read a recipient · 查询受领单位", description = "A recipient of supplies: a banner/county/district or a hospital, with its priority tier.")
    @APIResponse(responseCode = "200", description = "The recipient.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecipientView.class)))
    public Response recipient(@PathParam("id") @Parameter(description = "Its id (UUID).", example = Examples.RECIPIENT_ID) UUID id) {
        RecipientView v = service.recipient(id);
        return Responses.ok(v, v.version());
    }

    @GET
    @Path("/recipients")
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "listRecipients", summary = "List recipients · 受领单位列表", description = "Filters: kind, divisionCode (the division and all under it), name (contains, ignoring case). Sort by name, createdAt.")
    @Extension(name = "x-sort-fields", value = "name,createdAt")
    @APIResponse(responseCode = "200", description = "A page of recipients.")
    public Page<RecipientView> recipients(@QueryParam("kind") @Parameter(example = "HOSPITAL") RecipientKind kind,
                                          @QueryParam("divisionCode") @Size(max = 12) @Pattern(regexp = CatalogueApi.DIVISION, message = CatalogueApi.DIVISION_MESSAGE) @Parameter(description = Filter.WITHIN_DIVISION, example = "150800") String divisionCode,
                                          @QueryParam("name") @Size(max = 200) @Parameter(description = "Part of the name (contains, ignoring case), e.g. 医院.", example = "医院") String name,
                                          @Valid @BeanParam PageQuery page) {
        return service.recipients(kind, divisionCode, name, page);
    }
}
