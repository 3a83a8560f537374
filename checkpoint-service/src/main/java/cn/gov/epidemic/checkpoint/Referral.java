package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.kitweb.problem.ProblemType;
import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.kitweb.problem.ProblemException;
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
        if (state != ReferralState.DETECTED) throw invalid(Text.of("transferred", "转运"));
        if (at.isBefore(detectedAt)) throw ProblemException.validation("at", Text.format("must not be before the detection time %s", "不得早于发现时间 %s", detectedAt));
        if (hospitalName != null) hospital = hospitalName;
        transferredBy = by;
        transferStartedAt = at;
        state = ReferralState.IN_TRANSFER;
    }

    public void handOver(String to, OffsetDateTime at) {
        if (state != ReferralState.IN_TRANSFER) throw invalid(Text.of("handed over", "交接"));
        if (at.isBefore(transferStartedAt)) throw ProblemException.validation("at", Text.format("must not be before the transfer time %s", "不得早于转运时间 %s", transferStartedAt));
        receivedBy = to;
        handedOverAt = at;
        state = ReferralState.HANDED_OVER;
    }

    private ProblemException invalid(Text verb) {
        return ProblemException.rule(ProblemType.INVALID_STATE_TRANSITION, Text.of("Referral " + id + " is " + state + " and cannot be " + verb.en() + ".",
                "转诊 " + id + " 处于 " + state + " 状态，不能" + verb.zh() + "。"));
    }
}
