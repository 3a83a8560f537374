package cn.gov.epidemic.personnel;

import cn.gov.epidemic.personnel.service.ServiceProblem;
import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A key person under home observation (居家观察) in a village or community, until release or referral. */
@Entity
@Table(name = "key_person")
public class KeyPerson extends PanacheEntityBase {

    @Id
    public UUID id;
    public String name;
    @Column(name = "id_card_number")
    public String idCardNumber;
    public String phone;
    @Enumerated(EnumType.STRING)
    public KeyPersonCategory category;
    @Column(name = "came_from")
    public String cameFrom;
    @Column(name = "arrived_on")
    public LocalDate arrivedOn;
    @Column(name = "division_code")
    public String divisionCode;
    public String address;
    @Column(name = "observation_start")
    public LocalDate observationStart;
    @Column(name = "observation_days")
    public int observationDays;
    @Enumerated(EnumType.STRING)
    public ObservationState state;
    @Column(name = "ended_at")
    public OffsetDateTime endedAt;
    @Column(name = "end_reason")
    public String endReason;
    public String hospital;
    /** Where the observation came from, e.g. a checkpoint referral id. */
    @Column(name = "source_reference")
    public String sourceReference;
    /** The checkpoint referral this observation was opened from (flow 3), if any. */
    @Column(name = "referral_id")
    public UUID referralId;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;

    /** The last day of observation (inclusive). */
    public LocalDate observationEnd() {
        return observationStart.plusDays(observationDays - 1L);
    }

    public void requireUnderObservation() {
        if (state != ObservationState.UNDER_OBSERVATION) {
            throw ProblemException.rule(ServiceProblem.OBSERVATION_ENDED, Text.format("Key person %s is %s; the observation has ended.",
                    "重点人员 %s 处于 %s 状态；观察已结束。", id, state));
        }
    }

    /** Release is allowed once the full period has passed. */
    public void release(LocalDate today, OffsetDateTime at, String reason) {
        requireUnderObservation();
        if (today.isBefore(observationEnd().plusDays(1))) {
            throw ProblemException.rule(ServiceProblem.OBSERVATION_NOT_COMPLETE, Text.format(
                    "The observation runs until %s inclusive; release is possible from %s.", "观察期至 %s（含当日）；自 %s 起方可解除。",
                    observationEnd(), observationEnd().plusDays(1)));
        }
        state = ObservationState.RELEASED;
        endedAt = at;
        endReason = reason;
    }

    public void refer(String toHospital, OffsetDateTime at, String reason) {
        requireUnderObservation();
        state = ObservationState.REFERRED;
        hospital = toHospital;
        endedAt = at;
        endReason = reason;
    }
}
