package cn.gov.epidemic.supplies.service;

import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.kit.outbox.Outbox;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import cn.gov.epidemic.kit.audit.Audit;
import cn.gov.epidemic.kit.rest.ETags;
import cn.gov.epidemic.kit.rest.Filter;
import cn.gov.epidemic.kit.rest.Page;
import cn.gov.epidemic.kit.rest.PageQuery;
import cn.gov.epidemic.supplies.Item;
import cn.gov.epidemic.supplies.ItemCategory;
import cn.gov.epidemic.supplies.Recipient;
import cn.gov.epidemic.supplies.RecipientKind;
import cn.gov.epidemic.supplies.Supplier;
import cn.gov.epidemic.supplies.Warehouse;
import cn.gov.epidemic.supplies.api.CatalogueApi.ItemUpdate;
import cn.gov.epidemic.supplies.api.CatalogueApi.ItemView;
import cn.gov.epidemic.supplies.api.CatalogueApi.NewItem;
import cn.gov.epidemic.supplies.api.CatalogueApi.NewRecipient;
import cn.gov.epidemic.supplies.api.CatalogueApi.NewSupplier;
import cn.gov.epidemic.supplies.api.CatalogueApi.NewWarehouse;
import cn.gov.epidemic.supplies.api.CatalogueApi.RecipientView;
import cn.gov.epidemic.supplies.api.CatalogueApi.SupplierView;
import cn.gov.epidemic.supplies.api.CatalogueApi.WarehouseView;
import cn.gov.epidemic.supplies.config.SuppliesConfig;
import cn.gov.epidemic.supplies.event.SuppliesEvents;
import cn.gov.epidemic.supplies.mapping.Views;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.Map;
import java.util.UUID;

/** The catalogue: items, suppliers, warehouses and recipients. */
@ApplicationScoped
public class CatalogueService {

    private static final Map<String, String> ITEM_SORTS = Map.of("code", "code", "name", "name", "category", "category");
    private static final Map<String, String> NAME_SORTS = Map.of("name", "name", "createdAt", "createdAt");

    @Inject
    Outbox outbox;
    @Inject
    Audit audit;
    @Inject
    EntityManager em;
    @Inject
    SuppliesConfig config;

    @Transactional
    public ItemView registerItem(@NotNull @Valid NewItem in) {
        if (Item.count("code", in.code()) > 0) {
            throw ProblemException.rule(ServiceProblem.ITEM_EXISTS, Text.format("An item with code %s is already registered.", "代码为 %s 的物资品目已登记。", in.code()));
        }
        Item i = new Item();
        i.id = UUID.randomUUID();
        i.code = in.code();
        i.name = in.name();
        i.category = in.category();
        i.unitOfMeasure = in.unitOfMeasure();
        i.standard = in.standard();
        i.createdAt = config.now();
        i.persist();
        em.flush();
        ItemView v = Views.item(i);
        outbox.publish(SuppliesEvents.ITEM_REGISTERED, i.id, v);
        audit.record("CREATE", "item", i.id, i.code);
        return v;
    }

    @Transactional
    public ItemView updateItem(@NotNull UUID id, Long expectedVersion, @NotNull @Valid ItemUpdate in) {
        Item i = Lookups.path(x -> Item.findById(x), Lookups.ITEM, id);
        ETags.check(expectedVersion, i.version);
        i.name = in.name();
        i.category = in.category();
        i.unitOfMeasure = in.unitOfMeasure();
        i.standard = in.standard();
        em.flush();
        ItemView v = Views.item(i);
        outbox.publish(SuppliesEvents.ITEM_UPDATED, i.id, v);
        audit.record("UPDATE", "item", i.id, null);
        return v;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ItemView item(UUID id) {
        return Views.item(Lookups.path(x -> Item.findById(x), Lookups.ITEM, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ItemView> items(ItemCategory category, String code, PageQuery page) {
        Filter f = Filter.where().eq("category", category).eq("code", code);
        return Page.of(Item.<Item>find(f.query(), page.toSort(ITEM_SORTS, "id"), f.params()), page, Views::item);
    }

    @Transactional
    public SupplierView registerSupplier(@NotNull @Valid NewSupplier in) {
        if (Supplier.count("name", in.name()) > 0) {
            throw ProblemException.rule(ServiceProblem.SUPPLIER_EXISTS, Text.of("A supplier with this name is already registered.", "同名供应商已登记。"));
        }
        Supplier s = new Supplier();
        s.id = UUID.randomUUID();
        s.name = in.name();
        s.country = in.country();
        s.city = in.city();
        s.createdAt = config.now();
        s.persist();
        em.flush();
        SupplierView v = Views.supplier(s);
        outbox.publish(SuppliesEvents.SUPPLIER_REGISTERED, s.id, v);
        audit.record("CREATE", "supplier", s.id, s.country);
        return v;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SupplierView supplier(UUID id) {
        return Views.supplier(Lookups.path(x -> Supplier.findById(x), Lookups.SUPPLIER, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SupplierView> suppliers(String country, PageQuery page) {
        Filter f = Filter.where().eq("country", country);
        return Page.of(Supplier.<Supplier>find(f.query(), page.toSort(NAME_SORTS, "id"), f.params()), page, Views::supplier);
    }

    @Transactional
    public WarehouseView registerWarehouse(@NotNull @Valid NewWarehouse in) {
        if (Warehouse.count("code", in.code()) > 0) {
            throw ProblemException.rule(ServiceProblem.WAREHOUSE_EXISTS, Text.format("A warehouse with code %s is already registered.", "代码为 %s 的仓库已登记。", in.code()));
        }
        Warehouse w = new Warehouse();
        w.id = UUID.randomUUID();
        w.code = in.code();
        w.name = in.name();
        w.divisionCode = in.divisionCode();
        w.createdAt = config.now();
        w.persist();
        em.flush();
        WarehouseView v = Views.warehouse(w);
        outbox.publish(SuppliesEvents.WAREHOUSE_REGISTERED, w.id, v);
        audit.record("CREATE", "warehouse", w.id, w.code);
        return v;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WarehouseView warehouse(UUID id) {
        return Views.warehouse(Lookups.path(x -> Warehouse.findById(x), Lookups.WAREHOUSE, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WarehouseView> warehouses(String divisionCode, String name, PageQuery page) {
        Filter f = Filter.where().within("divisionCode", divisionCode).contains("name", name);
        return Page.of(Warehouse.<Warehouse>find(f.query(), page.toSort(NAME_SORTS, "id"), f.params()), page, Views::warehouse);
    }

    @Transactional
    public RecipientView registerRecipient(@NotNull @Valid NewRecipient in) {
        if (Recipient.count("name", in.name()) > 0) {
            throw ProblemException.rule(ServiceProblem.RECIPIENT_EXISTS, Text.of("A recipient with this name is already registered.", "同名受援单位已登记。"));
        }
        if (in.kind() == RecipientKind.DIVISION && in.divisionCode() == null) {
            throw ProblemException.validation("divisionCode", Text.of("is required for a DIVISION recipient", "受援单位类型为 DIVISION 时必填"));
        }
        Recipient r = new Recipient();
        r.id = UUID.randomUUID();
        r.name = in.name();
        r.kind = in.kind();
        r.divisionCode = in.divisionCode();
        r.createdAt = config.now();
        r.persist();
        em.flush();
        RecipientView v = Views.recipient(r);
        outbox.publish(SuppliesEvents.RECIPIENT_REGISTERED, r.id, v);
        audit.record("CREATE", "recipient", r.id, r.kind.name());
        return v;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RecipientView recipient(UUID id) {
        return Views.recipient(Lookups.path(x -> Recipient.findById(x), Lookups.RECIPIENT, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RecipientView> recipients(RecipientKind kind, String divisionCode, String name, PageQuery page) {
        Filter f = Filter.where().eq("kind", kind).within("divisionCode", divisionCode).contains("name", name);
        return Page.of(Recipient.<Recipient>find(f.query(), page.toSort(NAME_SORTS, "id"), f.params()), page, Views::recipient);
    }
}
