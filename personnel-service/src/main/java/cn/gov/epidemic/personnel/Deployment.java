package cn.gov.epidemic.personnel;

import cn.gov.epidemic.kitweb.problem.ProblemType;
import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** A person sent to a village, community or checkpoint, with duties; PLANNED → ACTIVE → RELIEVED, or CANCELLED. */
@Entity
public class Deployment extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "person_id")
    public UUID personId;
    @Column(name = "plan_id")
    public UUID planId;
    @Enumerated(EnumType.STRING)
    @Column(name = "destination_type")
    public DestinationType destinationType;
    @Column(name = "division_code")
    public String divisionCode;
    @Column(name = "checkpoint_id")
    public UUID checkpointId;
    @Column(name = "work_group")
    public String workGroup;
    @Convert(converter = DutiesConverter.class)
    public Set<Duty> duties = EnumSet.noneOf(Duty.class);
    @Enumerated(EnumType.STRING)
    public DeploymentState state;
    @Column(name = "planned_start")
    public LocalDate plannedStart;
    @Column(name = "activated_at")
    public OffsetDateTime activatedAt;
    @Column(name = "relieved_at")
    public OffsetDateTime relievedAt;
    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;

    public void activate(OffsetDateTime at) {
        requireState(DeploymentState.PLANNED, Text.of("activated", "启用"));
        state = DeploymentState.ACTIVE;
        activatedAt = at;
    }

    public void relieve(OffsetDateTime at) {
        requireState(DeploymentState.ACTIVE, Text.of("relieved", "解除"));
        state = DeploymentState.RELIEVED;
        relievedAt = at;
    }

    public void cancel(OffsetDateTime at) {
        if (state != DeploymentState.PLANNED && state != DeploymentState.ACTIVE) {
            throw invalidTransition(Text.of("cancelled", "取消"));
        }
        state = DeploymentState.CANCELLED;
        cancelledAt = at;
    }

    private void requireState(DeploymentState required, Text verb) {
        if (state != required) throw invalidTransition(verb);
    }

    private ProblemException invalidTransition(Text verb) {
        return ProblemException.rule(ProblemType.INVALID_STATE_TRANSITION, Text.of("Deployment " + id + " is " + state + " and cannot be " + verb.en() + ".",
                "部署 " + id + " 处于 " + state + " 状态，不能" + verb.zh() + "。"));
    }
}
