package cn.gov.epidemic.checkpoint;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Read model: a person on duty at a checkpoint, from personnel-service's active deployments. */
@Entity
public class Staffing extends PanacheEntityBase {

    @Id
    @Column(name = "deployment_id")
    public UUID deploymentId;
    @Column(name = "checkpoint_id")
    public UUID checkpointId;
    @Column(name = "person_id")
    public UUID personId;
    @Column(name = "person_name")
    public String personName;
    @Column(name = "work_group")
    public String workGroup;
    public String duties;
    @Column(name = "on_duty_since")
    public OffsetDateTime onDutySince;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
