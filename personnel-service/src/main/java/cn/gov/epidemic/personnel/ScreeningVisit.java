package cn.gov.epidemic.personnel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A household screening visit (入户排查) by a grid worker in a village or community. */
@Entity
@Table(name = "screening_visit")
public class ScreeningVisit extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "division_code")
    public String divisionCode;
    public String household;
    @Column(name = "visited_at")
    public OffsetDateTime visitedAt;
    @Column(name = "worker_id")
    public UUID workerId;
    public int residents;
    @Enumerated(EnumType.STRING)
    public ScreeningOutcome outcome;
    public String notes;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
