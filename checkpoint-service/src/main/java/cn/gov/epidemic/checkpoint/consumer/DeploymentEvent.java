package cn.gov.epidemic.checkpoint.consumer;

import cn.gov.epidemic.kit.events.ConsumedEvent;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What the staffing view reads of personnel-service's deployment events (their data is its Deployment schema): the
 * deployment, its person and, for a deployment to a checkpoint, the checkpoint.
 *
 * @param destinationType only {@code CHECKPOINT} deployments are staffing; a String, so that a destination type
 *                        personnel-service adds later is passed over rather than refused
 * @param duties          the person's duties there (personnel-service's enum names)
 * @param activatedAt     when the person came on duty (activated only; absent: when the event is handled)
 */
public record DeploymentEvent(
        UUID id,
        UUID personId,
        String personName,
        String destinationType,
        UUID checkpointId,
        String workGroup,
        List<String> duties,
        OffsetDateTime activatedAt) {

    private static final String TOPIC = "personnel.events";
    private static final String TYPE = "cn.gov.epidemic.personnel.deployment.";

    public static final ConsumedEvent<DeploymentEvent> ACTIVATED = ConsumedEvent.of(TOPIC, TYPE + "activated", DeploymentEvent.class);
    public static final ConsumedEvent<DeploymentEvent> RELIEVED = ConsumedEvent.of(TOPIC, TYPE + "relieved", DeploymentEvent.class);
    public static final ConsumedEvent<DeploymentEvent> CANCELLED = ConsumedEvent.of(TOPIC, TYPE + "cancelled", DeploymentEvent.class);

    /** A deployment to a checkpoint: the only ones the staffing view holds. */
    public boolean atCheckpoint() {
        return "CHECKPOINT".equals(destinationType);
    }

    /** The deployment and its person, read only for a checkpoint's (violation: {@code idAndPersonIdPresent}). */
    @JsonIgnore
    @AssertTrue(message = "must be true: a deployment to a CHECKPOINT names its id and personId")
    public boolean isIdAndPersonIdPresent() {
        return !atCheckpoint() || (id != null && personId != null);
    }

    /** checkpointId is null for the other destinations, so it is required only here (violation: {@code checkpointIdPresent}). */
    @JsonIgnore
    @AssertTrue(message = "must be true: a deployment to a CHECKPOINT names its checkpointId")
    public boolean isCheckpointIdPresent() {
        return !atCheckpoint() || checkpointId != null;
    }
}
