package cn.gov.epidemic.checkpoint.service;

import cn.gov.epidemic.kit.events.EventType;
import cn.gov.epidemic.kitweb.problem.ProblemType;
import cn.gov.epidemic.kitweb.problem.Violations;
import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.checkpoint.Pass;
import cn.gov.epidemic.checkpoint.PassFiling;
import cn.gov.epidemic.checkpoint.PassState;
import cn.gov.epidemic.checkpoint.Passenger;
import cn.gov.epidemic.checkpoint.api.PassApi.Arrival;
import cn.gov.epidemic.checkpoint.api.PassApi.FilingSummary;
import cn.gov.epidemic.checkpoint.api.PassApi.FilingView;
import cn.gov.epidemic.checkpoint.api.PassApi.NewEmergencyPass;
import cn.gov.epidemic.checkpoint.api.PassApi.NewEnterprisePass;
import cn.gov.epidemic.checkpoint.api.PassApi.NewPerson;
import cn.gov.epidemic.checkpoint.api.PassApi.NewPrivateCarPass;
import cn.gov.epidemic.checkpoint.api.PassApi.PassView;
import cn.gov.epidemic.checkpoint.api.PassApi.Revoke;
import cn.gov.epidemic.checkpoint.api.PassApi.RevocationList;
import cn.gov.epidemic.checkpoint.api.PassApi.RevocationView;
import cn.gov.epidemic.checkpoint.api.PassApi.VerificationView;
import cn.gov.epidemic.checkpoint.config.CheckpointConfig;
import cn.gov.epidemic.checkpoint.event.CheckpointEvents;
import cn.gov.epidemic.checkpoint.mapping.Views;
import cn.gov.epidemic.kit.outbox.Outbox;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import cn.gov.epidemic.kit.audit.Audit;
import cn.gov.epidemic.kit.audit.Caller;
import cn.gov.epidemic.kit.rest.Filter;
import cn.gov.epidemic.kit.rest.Page;
import cn.gov.epidemic.kit.rest.PageQuery;
import cn.gov.epidemic.passes.PassPayload;
import cn.gov.epidemic.passes.PassType;
import cn.gov.epidemic.passes.PassVerifier;
import cn.gov.epidemic.passes.Reason;
import cn.gov.epidemic.passes.Revocation;
import cn.gov.epidemic.passes.Verification;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Vehicle passes: issue (with their rules), the signed code, revocation, arrival, online verification, the
 * revocation list for offline devices, and the filing register of the city transport bureau.
 */
@ApplicationScoped
public class PassService {

    private static final Text REQUIRED_ON_CITY_PASS = Text.of("is required on a city road pass", "城市道路通行证必填");

    private static final Map<String, String> SORTS = Map.of("createdAt", "createdAt", "plate", "plate", "type", "type",
            "validFrom", "validFrom", "validUntil", "validUntil", "issuingBody", "issuingBody");
    /** Offline devices ask again with since = asOf; this margin covers transactions that commit late. */
    static final Duration SYNC_MARGIN = Duration.ofSeconds(10);

    @Inject
    Outbox outbox;
    @Inject
    Audit audit;
    @Inject
    Caller caller;
    @Inject
    EntityManager em;
    @Inject
    CheckpointConfig config;
    @Inject
    PassKeys keys;

    @Transactional
    public PassView issueEmergency(@NotNull @Valid NewEmergencyPass in) {
        return issue(emergency(in));
    }

    /**
     * Flow 1: the green-lane pass of a supplies dispatch, issued by the dispatch's event inside the consumer's
     * transaction. A rule that refuses it throws before anything is written, so the transaction stays usable and
     * the refusal can be published instead.
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = ProblemException.class)
    public PassView issueForDispatch(NewEmergencyPass in, UUID dispatchId) {
        Pass p = emergency(in);
        p.dispatchId = dispatchId;
        p.issuedBy = "supplies dispatch " + dispatchId;
        return issue(p);
    }

    /**
     * Flow 1: whether this dispatch already has its pass (a redelivered or re-published dispatch.planned). A query by
     * its text, not Panache's count(): Hibernate translates a count derived from a query anew on every call, while a
     * query string's translation is cached (the count was 5 % of checkpoint's CPU in the pass flow's profile).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean dispatchHasPass(UUID dispatchId) {
        return !em.createQuery("select 1 from Pass where dispatchId = ?1", Integer.class).setParameter(1, dispatchId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Flow 1: the dispatch was cancelled (REVOKED) or delivered (USED); the vehicle is free for its next matter. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PassView endForDispatch(Pass p, PassState state, String reason) {
        return end(p, state, reason);
    }

    /** The pass is void from now: USED (the trip ended) or REVOKED; published as pass.used or pass.revoked. */
    private PassView end(Pass p, PassState state, String reason) {
        p.state = state;
        p.voidedAt = config.now();
        p.voidReason = reason.length() > 300 ? reason.substring(0, 300) : reason;
        return state == PassState.USED ? finish(p, CheckpointEvents.PASS_USED, "ARRIVAL") : finish(p, CheckpointEvents.PASS_REVOKED, "REVOKE");
    }

    private Pass emergency(NewEmergencyPass in) {
        window(in.validFrom(), in.validUntil());
        // one vehicle, one matter, one pass: a vehicle carries one emergency pass at a time
        if (!em.createQuery("select 1 from Pass where plate = ?1 and type = ?2 and state = ?3 and validUntil > ?4 and validFrom < ?5",
                        Integer.class).setParameter(1, in.plate()).setParameter(2, PassType.EMERGENCY_TRANSPORT).setParameter(3, PassState.ACTIVE)
                .setParameter(4, in.validFrom()).setParameter(5, in.validUntil()).setMaxResults(1).getResultList().isEmpty()) {
            throw ProblemException.rule(ServiceProblem.ONE_VEHICLE_ONE_MATTER_ONE_PASS, Text.format(
                    "Vehicle %s already has an emergency-transport pass in force for this period (一车一事一证); revoke it or wait for it to end.",
                    "车辆 %s 在此期间已有有效的应急运输通行证（一车一事一证）；请先吊销或待其到期。", in.plate()));
        }
        Pass p = base(PassType.EMERGENCY_TRANSPORT, in.plate(), in.issuingBody(), in.driver());
        p.matter = in.matter();
        p.cargo = in.cargo();
        p.origin = in.origin();
        p.route = in.route();
        p.destination = in.destination();
        p.validFrom = utc(in.validFrom());
        p.validUntil = utc(in.validUntil());
        p.holders = 1;
        p.greenLane = true;
        return p;
    }

    @Transactional
    public PassView issueEnterprise(@NotNull @Valid NewEnterprisePass in) {
        window(in.validFrom(), in.validUntil());
        Pass p = base(PassType.KEY_ENTERPRISE, in.plate(), in.issuingBody(), in.driver());
        p.enterprise = in.enterprise();
        p.goods = in.goods();
        p.route = in.route();
        p.destination = in.destination();
        p.validFrom = utc(in.validFrom());
        p.validUntil = utc(in.validUntil());
        p.holders = 1;
        return issue(p);
    }

    @Transactional
    public PassView issuePrivateCar(@NotNull @Valid NewPrivateCarPass in) {
        LocalDate today = config.today();
        if (!in.departureDate().equals(today.plusDays(1))) {
            throw ProblemException.rule(ServiceProblem.PRIVATE_PASS_ISSUE_DAY, Text.format(
                    "A city road pass is issued on the day before departure (出发前一天核发): for a departure on %s it can be issued on %s only; today is %s.",
                    "城市道路通行证在出发前一天核发：%s 出发的只能在 %s 核发；今天是 %s。", in.departureDate(), in.departureDate().minusDays(1), today));
        }
        int max = config.pass().maxPassengers();
        if (in.passengers().size() > max) {
            throw ProblemException.rule(ServiceProblem.TOO_MANY_PASSENGERS, Text.format(
                    "%d passengers listed; a city road pass lists at most %d besides the driver (控制随车人员数量).",
                    "列出了 %d 名随车人员；城市道路通行证除驾驶员外最多列 %d 人（控制随车人员数量）。", in.passengers().size(), max));
        }
        if (in.driver().idCardNumber() == null) throw ProblemException.validation("driver.idCardNumber", REQUIRED_ON_CITY_PASS);
        for (int i = 0; i < in.passengers().size(); i++) {
            if (in.passengers().get(i).idCardNumber() == null) {
                throw ProblemException.validation("passengers[" + i + "].idCardNumber", REQUIRED_ON_CITY_PASS);
            }
        }
        Pass p = base(PassType.PRIVATE_CAR, in.plate(), in.issuingBody(), in.driver());
        for (NewPerson x : in.passengers()) p.passengers.add(new Passenger(x.name(), x.idCardNumber(), x.phone()));
        p.origin = in.origin();
        p.destination = in.destination();
        p.departureDate = in.departureDate();
        p.validFrom = in.departureDate().atStartOfDay(config.zone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        p.validUntil = in.departureDate().plusDays(config.pass().privateTripDays()).atStartOfDay(config.zone()).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC).minusSeconds(1);
        p.holders = 1 + in.passengers().size();
        return issue(p);
    }

    private void window(OffsetDateTime from, OffsetDateTime until) {
        if (!until.isAfter(from)) throw ProblemException.validation("validUntil", Violations.after("validFrom"));
        if (Duration.between(from, until).toDays() >= config.pass().maxValidityDays()) {
            throw ProblemException.validation("validUntil", Text.format("a pass is valid for at most %d days", "通行证有效期最长 %d 天",
                    config.pass().maxValidityDays()));
        }
        if (!until.isAfter(config.now())) throw ProblemException.validation("validUntil", Text.of("must be in the future", "必须晚于当前时间"));
    }

    private Pass base(PassType type, String plate, String issuingBody, NewPerson driver) {
        Pass p = new Pass();
        p.id = UUID.randomUUID();
        p.type = type;
        p.plate = plate;
        p.issuingBody = issuingBody;
        p.issuedBy = caller.name();
        p.driverName = driver.name();
        p.driverIdCard = driver.idCardNumber();
        p.driverPhone = driver.phone();
        p.state = PassState.ACTIVE;
        p.createdAt = config.now();
        return p;
    }

    private static OffsetDateTime utc(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC).withNano(0);
    }

    private PassView issue(Pass p) {
        p.keyId = keys.activeKeyId();
        p.code = keys.sign(new PassPayload(p.id, p.type, p.plate, p.validFrom.toInstant(), p.validUntil.toInstant(), p.holders,
                p.issuingBody, p.keyId));
        p.persist();
        PassFiling f = new PassFiling();
        f.id = UUID.randomUUID();
        f.passId = p.id;
        f.passType = p.type;
        f.issuingBody = p.issuingBody;
        f.filedWith = config.pass().filedWith();
        f.filedAt = p.createdAt;
        f.persist();
        em.flush();
        PassView v = Views.pass(p);
        outbox.publish(CheckpointEvents.PASS_ISSUED, p.id, v);
        audit.record("ISSUE", "pass", p.id, p.type.name());
        return v;
    }

    @Transactional
    public PassView revoke(@NotNull UUID id, @NotNull @Valid Revoke in, Long expectedVersion) {
        Pass p = Lookups.pass(id);
        cn.gov.epidemic.kit.rest.ETags.check(expectedVersion, p.version);
        requireActive(p, Text.of("revoked", "吊销"));
        return end(p, PassState.REVOKED, in.reason());
    }

    /** Arrival recorded: the trip has ended and the pass is void (到达目的地后此卡自动失效). */
    @Transactional
    public PassView arrive(@NotNull UUID id, @Valid Arrival in) {
        Pass p = Lookups.pass(id);
        UUID checkpointId = in == null ? null : in.checkpointId();
        if (checkpointId != null) Lookups.checkpointField("checkpointId", checkpointId);
        requireActive(p, Text.of("used", "使用"));
        if (p.type != PassType.PRIVATE_CAR) {
            throw ProblemException.rule(ServiceProblem.PASS_NOT_ONE_TRIP, Text.format(
                    "Only a city road pass for a private car ends with its arrival; revoke an %s pass instead.",
                    "只有私家车城市道路通行证在抵达时终止；%s 通行证请改为吊销。", p.type));
        }
        p.arrivalCheckpointId = checkpointId;
        return end(p, PassState.USED, "arrival recorded");
    }

    private static void requireActive(Pass p, Text verb) {
        if (p.state != PassState.ACTIVE) {
            throw ProblemException.rule(ProblemType.INVALID_STATE_TRANSITION, Text.of("Pass " + p.id + " is " + p.state + " and cannot be " + verb.en() + ".",
                    "通行证 " + p.id + " 处于 " + p.state + " 状态，不能" + verb.zh() + "。"));
        }
    }

    private PassView finish(Pass p, EventType<PassView> eventType, String action) {
        em.flush();
        PassView v = Views.pass(p);
        outbox.publish(eventType, p.id, v);
        audit.record(action, "pass", p.id, null);
        return v;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PassView get(UUID id) {
        PassView v = Views.pass(Lookups.pass(id));
        audit.record("READ", "pass", id, null); // personal data (masked) read
        return v;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String code(UUID id) {
        return Lookups.pass(id).code;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PassView> list(PassType type, PassState state, String plate, String issuingBody, PageQuery page) {
        Filter f = Filter.where().eq("type", type).eq("state", state).eq("plate", plate).eq("issuingBody", issuingBody);
        return Page.of(Pass.<Pass>find(f.query(), page.toSort(SORTS, "id"), f.params()), page, Views::pass);
    }

    /** Online verification: the signature as offline, then the pass's own state from the database. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Verified verify(String code, String plate, Integer occupants, Instant at) {
        Verification v = keys.verifySignature(code);
        if (!v.valid()) return new Verified(view(v, null), null);
        Pass p = Pass.findById(v.pass().passId());
        if (p == null) {
            return new Verified(view(new Verification(false, Reason.BAD_SIGNATURE, null, "no such pass was issued"), null), null);
        }
        if (!p.code.equals(code)) {
            return new Verified(view(new Verification(false, Reason.ALTERED, null, "the code differs from the one issued"), null), p.id);
        }
        Revocation r = switch (p.state) {
            case REVOKED -> new Revocation(p.id, Reason.REVOKED, p.voidedAt.toInstant());
            case USED -> new Revocation(p.id, Reason.USED, p.voidedAt.toInstant());
            default -> null;
        };
        return new Verified(view(PassVerifier.checkInForce(v.pass(), r, plate, occupants, at), p), p.id);
    }

    /** A verification result, and the pass it names when that is known to be genuine. */
    public record Verified(VerificationView view, UUID passId) {
    }

    private static VerificationView view(Verification v, Pass p) {
        PassPayload x = v.pass();
        if (x == null) return new VerificationView(false, v.reason(), v.detail(), null, null, null, null, null, null, null, null);
        return new VerificationView(v.valid(), v.reason(), v.detail(), x.passId(), x.type(), x.plate(),
                x.validFrom().atOffset(ZoneOffset.UTC), x.validUntil().atOffset(ZoneOffset.UTC), x.holders(), x.issuer(),
                p == null ? null : p.greenLane);
    }

    /** Passes void since {@code since} (all still relevant ones when absent): what an offline device must refuse. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RevocationList revocations(OffsetDateTime since) {
        OffsetDateTime now = config.now();
        List<Pass> void_;
        if (since == null) {
            void_ = Pass.<Pass>list("voidedAt is not null and validUntil > ?1 order by voidedAt, id", now.minusDays(1));
        } else {
            void_ = Pass.<Pass>list("voidedAt is not null and voidedAt > ?1 order by voidedAt, id", since);
        }
        List<RevocationView> items = new ArrayList<>(void_.size());
        for (Pass p : void_) {
            items.add(new RevocationView(p.id, p.state == PassState.USED ? Reason.USED : Reason.REVOKED, p.voidedAt));
        }
        return new RevocationList(items, since, now.minus(SYNC_MARGIN));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<FilingView> filings(String issuingBody, PassType type, PageQuery page) {
        Filter f = Filter.where().eq("issuingBody", issuingBody).eq("passType", type);
        return Page.of(PassFiling.<PassFiling>find(f.query(), page.toSort(Map.of("filedAt", "filedAt", "issuingBody", "issuingBody"), "id"), f.params()),
                page, Views::filing);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FilingSummary> filingSummary() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select issuing_body, pass_type, count(*), max(filed_at) from pass_filing"
                + " group by issuing_body, pass_type order by issuing_body, pass_type").getResultList();
        return rows.stream().map(r -> new FilingSummary((String) r[0], PassType.valueOf((String) r[1]), ((Number) r[2]).longValue(),
                toOffset(r[3]))).toList();
    }

    private static OffsetDateTime toOffset(Object o) {
        if (o instanceof OffsetDateTime t) return t;
        if (o instanceof Instant i) return i.atOffset(ZoneOffset.UTC);
        if (o instanceof java.sql.Timestamp t) return t.toInstant().atOffset(ZoneOffset.UTC);
        return OffsetDateTime.parse(o.toString());
    }

    /** The code as a QR image (PNG, error correction M). */
    public byte[] qr(String code, int size) {
        try {
            BitMatrix m = new QRCodeWriter().encode(code, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2, EncodeHintType.CHARACTER_SET, "UTF-8"));
            BufferedImage img = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) img.setRGB(x, y, m.get(x, y) ? 0x000000 : 0xFFFFFF);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (WriterException | IOException e) {
            throw new IllegalStateException("QR encoding failed", e);
        }
    }
}
