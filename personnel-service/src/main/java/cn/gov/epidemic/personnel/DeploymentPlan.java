package cn.gov.epidemic.personnel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A deployment plan: who issued it, for which area, how many people (the target) over which period. */
@Entity
@Table(name = "deployment_plan")
public class DeploymentPlan extends PanacheEntityBase {

    @Id
    public UUID id;
    public String name;
    @Column(name = "issuing_authority")
    public String issuingAuthority;
    @Column(name = "division_code")
    public String divisionCode;
    public int target;
    @Column(name = "period_start")
    public LocalDate periodStart;
    @Column(name = "period_end")
    public LocalDate periodEnd;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;
}
