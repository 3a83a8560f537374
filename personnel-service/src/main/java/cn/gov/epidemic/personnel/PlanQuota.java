package cn.gov.epidemic.personnel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

/** How many people one unit is to send under a plan. */
@Entity
@Table(name = "plan_quota")
public class PlanQuota extends PanacheEntityBase {

    /** Plan and unit. */
    @Embeddable
    public record Key(@Column(name = "plan_id") UUID planId, @Column(name = "unit_id") UUID unitId) implements Serializable {
    }

    @EmbeddedId
    public Key key;
    public int quota;
}
