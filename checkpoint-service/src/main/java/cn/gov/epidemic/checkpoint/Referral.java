package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.kit.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The detection-and-transfer procedure for a person with a fever: detected, transferred, handed over. */
@Entity
public class Referral extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "inspection_id")
    public UUID inspectionId;
    @Column(name = "checkpoint_id")
    public UUID checkpointId;
    @Column(name = "person_name")
    public String personName;
    @Column(name = "id_card_number")
    public String idCardNumber;
    public String phone;
    public BigDecimal temperature;
    public String hospital;
    public String plate;
    public String origin;
    public String destination;
    /** The village or community the person is heading for: personnel-service opens the observation there (flow 3). */
    @Column(name = "destination_division_code")
    public String destinationDivisionCode;
    @Enumerated(EnumType.STRING)
    public ReferralState state;
    @Column(name = "detected_at")
    public OffsetDateTime detectedAt;
    @Column(name = "transfer_started_at")
    public OffsetDateTime transferStartedAt;
    @Column(name = "transferred_by")
    public String transferredBy;
    @Column(name = "handed_over_at")
    public OffsetDateTime handedOverAt;
    @Column(name = "received_by")
    public String receivedBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;

    public void startTransfer(String hospitalName, String by, OffsetDateTime at) {
        if (state != ReferralState.DETECTED) throw invalid("transferred");
        if (at.isBefore(detectedAt)) throw ProblemException.validation("at", "must not be before the detection time " + detectedAt);
        if (hospitalName != null) hospital = hospitalName;
        transferredBy = by;
        transferStartedAt = at;
        state = ReferralState.IN_TRANSFER;
    }

    public void handOver(String to, OffsetDateTime at) {
        if (state != ReferralState.IN_TRANSFER) throw invalid("handed over");
        if (at.isBefore(transferStartedAt)) throw ProblemException.validation("at", "must not be before the transfer time " + transferStartedAt);
        receivedBy = to;
        handedOverAt = at;
        state = ReferralState.HANDED_OVER;
    }

    private ProblemException invalid(String verb) {
        return ProblemException.rule("invalid-state-transition", "Invalid state transition",
                "Referral " + id + " is " + state + " and cannot be " + verb + ".");
    }
}
