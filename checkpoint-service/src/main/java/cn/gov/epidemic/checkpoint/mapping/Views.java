package cn.gov.epidemic.checkpoint.mapping;

import cn.gov.epidemic.checkpoint.Agency;
import cn.gov.epidemic.checkpoint.Checkpoint;
import cn.gov.epidemic.checkpoint.ClosureState;
import cn.gov.epidemic.checkpoint.Inspection;
import cn.gov.epidemic.checkpoint.OccupantRole;
import cn.gov.epidemic.checkpoint.Pass;
import cn.gov.epidemic.checkpoint.PassFiling;
import cn.gov.epidemic.checkpoint.Passenger;
import cn.gov.epidemic.checkpoint.Referral;
import cn.gov.epidemic.checkpoint.RoadClosure;
import cn.gov.epidemic.checkpoint.Staffing;
import cn.gov.epidemic.checkpoint.api.CheckpointApi.CheckpointView;
import cn.gov.epidemic.checkpoint.api.CheckpointApi.OnDuty;
import cn.gov.epidemic.checkpoint.api.ClosureApi.ClosureView;
import cn.gov.epidemic.checkpoint.api.InspectionApi.InspectionView;
import cn.gov.epidemic.checkpoint.api.InspectionApi.OccupantView;
import cn.gov.epidemic.checkpoint.api.InspectionApi.ReferralView;
import cn.gov.epidemic.checkpoint.api.PassApi.FilingView;
import cn.gov.epidemic.checkpoint.api.PassApi.PassView;
import cn.gov.epidemic.checkpoint.api.PassApi.PersonView;
import cn.gov.epidemic.kitweb.pii.Masks;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Entity → response record, the only way entities reach the wire. ID-card and phone numbers are always masked (there
 * is no role that reveals them through this API); temperatures are shown to every reader of checkpoint data.
 */
public final class Views {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<StoredOccupant>> OCCUPANTS = new TypeReference<>() {
    };

    private Views() {
    }

    /** An occupant as stored in the inspection row (personal data in clear: never on the wire as such). */
    public record StoredOccupant(OccupantRole role, String name, String idCardNumber, String phone, BigDecimal temperature, boolean fever) {
    }

    public static String agencies(Set<Agency> agencies) {
        return agencies.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public static Set<Agency> agencies(String s) {
        Set<Agency> out = EnumSet.noneOf(Agency.class);
        if (s != null && !s.isBlank()) Arrays.stream(s.split(",")).map(Agency::valueOf).forEach(out::add);
        return out;
    }

    public static CheckpointView checkpoint(Checkpoint c) {
        return new CheckpointView(c.id, c.code, c.name, c.kind, c.road, c.kmMarker, c.latitude, c.longitude, c.divisionCode,
                agencies(c.agencies), c.state, c.greenLane, c.designatedHospital, c.createdAt, c.version);
    }

    public static ClosureView closure(RoadClosure r) {
        return new ClosureView(r.id, r.road, r.roadClass, r.sectionFrom, r.sectionTo, r.reason, r.method, r.periodStart,
                r.periodEnd, r.requestingBody, r.requestedBy, r.state, r.state == ClosureState.IN_EFFECT, r.decidedBy,
                r.decidedAt, r.decisionNote, r.detourRoute, r.detourAnnouncingBody, r.detourPublishedAt, r.effectiveAt,
                r.liftedAt, r.liftedBy, r.liftReason, r.createdAt, r.version);
    }

    public static PersonView person(String name, String idCard, String phone) {
        return new PersonView(name, Masks.idCard(idCard), Masks.phone(phone));
    }

    public static PassView pass(Pass p) {
        List<PersonView> passengers = p.passengers.stream().map((Passenger x) -> person(x.name, x.idCardNumber, x.phone)).toList();
        return new PassView(p.id, p.type, p.plate, p.issuingBody, p.issuedBy, person(p.driverName, p.driverIdCard, p.driverPhone),
                passengers, p.matter, p.cargo, p.enterprise, p.goods, p.origin, p.route, p.destination, p.departureDate,
                p.validFrom, p.validUntil, p.holders, p.greenLane, p.state, p.voidedAt, p.voidReason, p.arrivalCheckpointId,
                p.keyId, p.code, p.dispatchId, p.createdAt, p.version);
    }

    public static FilingView filing(PassFiling f) {
        return new FilingView(f.id, f.passId, f.passType, f.issuingBody, f.filedWith, f.filedAt);
    }

    public static String occupantsJson(List<StoredOccupant> occupants) {
        try {
            return JSON.writeValueAsString(occupants);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("occupants not serialisable", e);
        }
    }

    public static List<StoredOccupant> occupants(String json) {
        try {
            return JSON.readValue(json, OCCUPANTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored occupants unreadable", e);
        }
    }

    public static InspectionView inspection(Inspection i, List<StoredOccupant> occupants, List<UUID> referralIds) {
        List<OccupantView> views = occupants.stream().map(o -> new OccupantView(o.role(), o.name(), Masks.idCard(o.idCardNumber()),
                Masks.phone(o.phone()), o.temperature(), o.fever())).toList();
        return new InspectionView(i.id, i.checkpointId, i.inspectedAt, i.day, i.plate, i.vehicleKind, i.origin, i.destination, i.destinationDivisionCode,
                i.passId, i.passResult, views, i.outcome, i.note, i.inspector, referralIds);
    }

    public static ReferralView referral(Referral r) {
        return new ReferralView(r.id, r.inspectionId, r.checkpointId, r.personName, Masks.idCard(r.idCardNumber), Masks.phone(r.phone),
                r.temperature, r.hospital, r.plate, r.origin, r.destination, r.destinationDivisionCode, r.state, r.detectedAt, r.transferStartedAt, r.transferredBy, r.handedOverAt,
                r.receivedBy, r.version);
    }

    public static OnDuty onDuty(Staffing s) {
        List<String> duties = s.duties == null || s.duties.isBlank() ? List.of() : Arrays.asList(s.duties.split(","));
        return new OnDuty(s.deploymentId, s.personId, s.personName, s.workGroup, duties, s.onDutySince);
    }
}
