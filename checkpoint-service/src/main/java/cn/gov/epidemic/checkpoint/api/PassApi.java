package cn.gov.epidemic.checkpoint.api;

import cn.gov.epidemic.checkpoint.PassState;
import cn.gov.epidemic.kitweb.pii.ValidIdCardNumber;
import cn.gov.epidemic.passes.PassCodes;
import cn.gov.epidemic.passes.PassType;
import cn.gov.epidemic.passes.Reason;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Wire records of vehicle passes, their codes, keys and revocations. ID-card and phone numbers are always masked on the way out. */
public final class PassApi {

    /** A Chinese plate: province character, issuing-office letter, 5 (or 6, new energy) letters and digits. */
    public static final String PLATE = "[\\u4e00-\\u9fa5][A-Z][A-Z0-9]{5,6}";
    public static final String PLATE_MESSAGE = "{epidemic.plate}";
    public static final String PHONE = "\\+?[0-9][0-9 -]{5,18}[0-9]";
    public static final String CODE_MESSAGE = "{epidemic.pass-code}";

    private PassApi() {
    }

    @Schema(name = "PassPerson", description = "A driver or passenger (personal data: ID-card and phone numbers are masked in every response and event).", examples = """
            {"name": "李志强", "idCardNumber": "150402198701153215", "phone": "13804761111"}""")
    public record NewPerson(
            @NotBlank @Size(max = 60) @Schema(examples = "李志强") String name,
            @ValidIdCardNumber @Size(max = 18) @Schema(examples = "150402198701153215", description = "Resident ID-card number, check digit per GB 11643.") String idCardNumber,
            @Size(max = 20) @Pattern(regexp = PHONE, message = "{epidemic.phone}") @Schema(examples = "13904761234") String phone) {
    }

    @Schema(name = "NewEmergencyTransportPass", description = "Emergency transport (应急运输): one vehicle, one matter, one pass. A pass is valid for at most 30 days and must end in the future (the example's window lies ahead, so that it stays issuable).", examples = """
            {"plate": "蒙D80001", "issuingBody": "赤峰市交通运输局",
             "driver": {"name": "赵海军", "idCardNumber": "150402198003120125", "phone": "13904761234"},
             "matter": "向赤峰市医院运送医用防护物资", "cargo": "医用防护服 2000 套、N95 口罩 10000 只", "origin": "呼和浩特市",
             "route": "G45 大广高速 → 赤峰市区", "destination": "赤峰市医院",
             "validFrom": "2030-02-03T08:00:00+08:00", "validUntil": "2030-02-06T20:00:00+08:00"}""")
    public record NewEmergencyPass(
            @NotNull @Size(max = 12) @Pattern(regexp = PLATE, message = PLATE_MESSAGE) @Schema(examples = "蒙G12345") String plate,
            @NotBlank @Size(max = 120) @Schema(examples = "通辽市交通运输局", description = "The transport department issuing it.") String issuingBody,
            @NotNull @Valid NewPerson driver,
            @NotBlank @Size(max = 300) @Schema(examples = "向通辽市医院运送防护物资", description = "The one matter this pass is for.") String matter,
            @NotBlank @Size(max = 300) @Schema(examples = "医用防护服 2000 套") String cargo,
            @Size(max = 200) @Schema(examples = "呼和浩特市") String origin,
            @NotBlank @Size(max = 500) @Schema(examples = "G45 大广高速 → G111 国道") String route,
            @NotBlank @Size(max = 200) @Schema(examples = "通辽市医院") String destination,
            @NotNull @Schema(examples = "2030-02-03T08:00:00+08:00") OffsetDateTime validFrom,
            @NotNull @Schema(examples = "2030-02-06T20:00:00+08:00") OffsetDateTime validUntil) {
    }

    @Schema(name = "NewKeyEnterprisePass", description = "Key-enterprise transport (重点企业产品和原材料运输). Valid for at most 30 days and must end in the future (the example's window lies ahead).", examples = """
            {"plate": "蒙D56789", "issuingBody": "赤峰市新型冠状病毒感染的肺炎疫情防控工作指挥部", "enterprise": "赤峰某制药有限公司",
             "goods": "原料药 20 吨", "driver": {"name": "钱永胜", "idCardNumber": "15040419760521045X"},
             "route": "松山区 → 元宝山区", "destination": "元宝山区工业园",
             "validFrom": "2030-02-03T08:00:00+08:00", "validUntil": "2030-02-17T08:00:00+08:00"}""")
    public record NewEnterprisePass(
            @NotNull @Size(max = 12) @Pattern(regexp = PLATE, message = PLATE_MESSAGE) @Schema(examples = "蒙D56789") String plate,
            @NotBlank @Size(max = 120) @Schema(examples = "赤峰市疫情防控工作指挥部") String issuingBody,
            @NotBlank @Size(max = 200) @Schema(examples = "赤峰某制药有限公司") String enterprise,
            @NotBlank @Size(max = 300) @Schema(examples = "原料药 20 吨") String goods,
            @NotNull @Valid NewPerson driver,
            @NotBlank @Size(max = 500) @Schema(examples = "红山区 → 元宝山区") String route,
            @Size(max = 200) @Schema(examples = "元宝山区工业园") String destination,
            @NotNull @Schema(examples = "2030-02-03T08:00:00+08:00") OffsetDateTime validFrom,
            @NotNull @Schema(examples = "2030-02-17T08:00:00+08:00") OffsetDateTime validUntil) {
    }

    @Schema(name = "NewPrivateCarPass", description = "City road pass (市内公路通行证) for a returning worker's private car: issued by the village/community only on the day before departure, valid for that trip, void once arrival is recorded, bound to the plate and the people listed. The example's departureDate is the source document's; a request must name tomorrow (Asia/Shanghai).", examples = """
            {"plate": "蒙D12345", "issuingBody": "红山区长青街道长青社区",
             "driver": {"name": "李志强", "idCardNumber": "150402198701153215", "phone": "13804761111"},
             "passengers": [{"name": "王丽娟", "idCardNumber": "150402198904020324"}, {"name": "李文博", "idCardNumber": "150402201209090018"}],
             "origin": "红山区长青社区", "destination": "元宝山区平庄镇", "departureDate": "2020-02-10"}""")
    public record NewPrivateCarPass(
            @NotNull @Size(max = 12) @Pattern(regexp = PLATE, message = PLATE_MESSAGE) @Schema(examples = "蒙D12345") String plate,
            @NotBlank @Size(max = 120) @Schema(examples = "红山区长青街道长青社区", description = "The gacha/village or community issuing it.") String issuingBody,
            @NotNull @Valid @Schema(description = "The owner or driver; ID-card number required.") NewPerson driver,
            @NotNull @Size(max = 20) @Schema(description = "The people travelling with the driver; the configured maximum applies (409 too-many-passengers).") List<@NotNull @Valid NewPerson> passengers,
            @NotBlank @Size(max = 200) @Schema(examples = "红山区长青社区") String origin,
            @NotBlank @Size(max = 200) @Schema(examples = "元宝山区平庄镇") String destination,
            @NotNull @Schema(examples = "2020-02-10", description = "Must be tomorrow (Asia/Shanghai): issued only on the day before departure (409 private-pass-issue-day).") LocalDate departureDate) {
    }

    @Schema(name = "PassPersonView", description = "A person on a pass; ID-card and phone numbers masked.")
    public record PersonView(@Schema(examples = "李志强", maxLength = 60) String name, @Schema(examples = "150402********3215", maxLength = 18) String idCardNumber,
                             @Schema(examples = "138****1111", maxLength = 20) String phone) {
    }

    @Schema(name = "Pass", description = "A vehicle pass. Not alterable once issued; revoke and issue a new one instead.", examples = """
            {"id": "776da81e-144c-4c62-828f-345fb22f3894", "type": "PRIVATE_CAR", "plate": "蒙D12345",
            "issuingBody": "红山区长青街道长青社区", "issuedBy": "test-client", "driver": {"name": "李志强",
            "idCardNumber": "150402********3215", "phone": "138****1111"}, "passengers": [{"name": "王丽娟",
            "idCardNumber": "150402********0324", "phone": null}, {"name": "李文博", "idCardNumber": "150402********0018",
            "phone": null}], "matter": null, "cargo": null, "enterprise": null, "goods": null, "origin": "红山区长青社区",
            "route": null, "destination": "元宝山区平庄镇", "departureDate": "2026-12-02", "validFrom": "2026-12-01T16:00:00Z",
            "validUntil": "2026-12-03T15:59:59Z", "holders": 3, "greenLane": false, "state": "ACTIVE", "voidedAt": null,
            "voidReason": null, "arrivalCheckpointId": null, "keyId": "cp-20261201-1641c557",
            "code": "CP1.AXdtqB4UTExigo80X7IvOJRQCeiSmUQxMjM0NQAAAABrDu8AAAAAAGsRkf8DIee6ouWxseWMuumVv-mdkuihl-mBk-mVv-mdkuekvuWMuhRjcC0yMDI2MTIwMS0xNjQxYzU1Nw.YuR-96IZSWDsmth-Ml7yCknX0eaFPADIL408Z5g-oT9CcqHHfYSSZJooZFeDtTKr8gEKlVXtQQES759tpNlIBA",
            "dispatchId": null, "createdAt": "2026-12-01T13:22:26.022483112Z", "version": 0}""")
    public record PassView(UUID id, PassType type, @Schema(examples = "蒙D12345", maxLength = 12) String plate,
                           @Schema(maxLength = 120) String issuingBody, @Schema(description = "The client that issued it.", maxLength = 120) String issuedBy,
                           PersonView driver, @Schema(maxItems = 20) List<PersonView> passengers, @Schema(maxLength = 300) String matter,
                           @Schema(maxLength = 300) String cargo, @Schema(maxLength = 200) String enterprise,
                           @Schema(maxLength = 300) String goods, @Schema(maxLength = 200) String origin, @Schema(maxLength = 500) String route,
                           @Schema(maxLength = 200) String destination, LocalDate departureDate,
                           OffsetDateTime validFrom, OffsetDateTime validUntil,
                           @Schema(description = "People the pass lists (driver included).", examples = "3", minimum = "1", maximum = "60") int holders,
                           @Schema(description = "Green-lane priority (emergency transport).") boolean greenLane,
                           PassState state, OffsetDateTime voidedAt, @Schema(maxLength = 300) String voidReason, UUID arrivalCheckpointId,
                           @Schema(description = "Id of the key that signed the code.", maxLength = 40) String keyId,
                           @Schema(description = "The signed code (also GET /passes/{id}/code and /qr).", maxLength = 800) String code,
                           @Schema(description = "The supplies dispatch this green-lane pass was issued for automatically (from its dispatch.planned event); null for passes issued by hand.") UUID dispatchId,
                           OffsetDateTime createdAt,
                           @Schema(description = "Version, also the ETag; send it in If-Match.", minimum = "0", maximum = CheckpointApi.MAX_COUNT) long version) {
    }

    @Schema(name = "DispatchPassRefusal", description = "Event data of pass.dispatch-refused: the green-lane pass of a supplies dispatch was not issued, and why.")
    public record DispatchPassRefusal(UUID dispatchId, @Schema(examples = "蒙LA1234", maxLength = 12) String plate,
                                      @Schema(examples = "one-vehicle-one-matter-one-pass", maxLength = 60) String rule,
                                      @Schema(maxLength = 1000) String detail, OffsetDateTime refusedAt) {
    }

    @Schema(name = "PassRevocation", description = "Revoking a pass.", examples = """
            {"reason": "车辆信息有误，重新核发"}""")
    public record Revoke(@NotBlank @Size(max = 300) @Schema(examples = "车辆信息有误，重新核发") String reason) {
    }

    @Schema(name = "PassArrival", description = "The arrival of a one-trip pass at its destination: the pass is void from now.", examples = """
            {"checkpointId": "759c7a1b-1087-48f8-977e-47a9801404d9"}""")
    public record Arrival(@Schema(description = "The checkpoint that recorded it, if any.") UUID checkpointId) {
    }

    @Schema(name = "PassVerificationRequest", description = "A code to verify online, as presented on a vehicle. The example's code is a real one, signed by another installation's key: sent here it is refused (BAD_SIGNATURE), still a 200.", examples = """
            {"code": "CP1.AXdtqB4UTExigo80X7IvOJRQCeiSmUQxMjM0NQAAAABrDu8AAAAAAGsRkf8DIee6ouWxseWMuumVv-mdkuihl-mBk-mVv-mdkuekvuWMuhRjcC0yMDI2MTIwMS0xNjQxYzU1Nw.YuR-96IZSWDsmth-Ml7yCknX0eaFPADIL408Z5g-oT9CcqHHfYSSZJooZFeDtTKr8gEKlVXtQQES759tpNlIBA",
             "plate": "蒙D12345", "occupants": 3, "at": "2026-12-02T09:30:00+08:00"}""")
    public record VerifyRequest(
            @NotNull @Size(max = 1000) @Pattern(regexp = PassCodes.SYNTAX, message = CODE_MESSAGE) String code,
            @Size(max = 12) @Pattern(regexp = PLATE, message = PLATE_MESSAGE) @Schema(examples = "蒙D12345", description = "The plate of the vehicle presenting it; checked when given.") String plate,
            @Min(1) @Max(80) @Schema(description = "People in the vehicle; checked against the pass when given.", examples = "3") Integer occupants,
            @Schema(description = "Evaluate at this instant instead of now (checks recorded offline, or ahead of a trip).") OffsetDateTime at) {
    }

    @Schema(name = "PassVerification", description = "The result: valid, or the reason for refusal (BAD_SIGNATURE, ALTERED, EXPIRED, NOT_YET_VALID, REVOKED, USED, WRONG_VEHICLE, TOO_MANY_OCCUPANTS).", examples = """
            {"valid": true, "reason": "VALID", "detail": "genuine and in force",
            "passId": "776da81e-144c-4c62-828f-345fb22f3894", "type": "PRIVATE_CAR", "plate": "蒙D12345",
            "validFrom": "2026-12-01T16:00:00Z", "validUntil": "2026-12-03T15:59:59Z", "holders": 3,
            "issuingBody": "红山区长青街道长青社区", "greenLane": false}""")
    public record VerificationView(boolean valid, Reason reason, @Schema(examples = "genuine and in force", maxLength = 200) String detail,
                                   UUID passId, PassType type, @Schema(maxLength = 12) String plate, OffsetDateTime validFrom, OffsetDateTime validUntil,
                                   @Schema(minimum = "1", maximum = "60") Integer holders, @Schema(maxLength = 120) String issuingBody, Boolean greenLane) {
    }

    @Schema(name = "PassKey", description = "A published Ed25519 public key (base64 of its X.509 SubjectPublicKeyInfo). active: it signs the passes issued now; a retired key (retiredAt set) still verifies the passes it signed until they expire.")
    public record KeyView(@Schema(examples = "cp-20261201-1641c557", maxLength = 40) String keyId, @Schema(examples = "Ed25519", maxLength = 20) String algorithm,
                          @Schema(examples = "MCowBQYDK2VwAyEA/HUF3kPISKPPaE9xMK95VA+RrJi7HNx4YUtKm8hCSEk=", maxLength = 200) String publicKey, boolean active, OffsetDateTime createdAt,
                          OffsetDateTime retiredAt) {
    }

    @Schema(name = "PassKeySet", description = "Every key that may have signed a code still in force: the signing key first, then each retired key while a pass it signed is still valid; a device verifies a code with the key its payload names.", examples = """
            {"keys": [{"keyId": "cp-20261201-1641c557", "algorithm": "Ed25519",
            "publicKey": "MCowBQYDK2VwAyEA/HUF3kPISKPPaE9xMK95VA+RrJi7HNx4YUtKm8hCSEk=", "active": true,
            "createdAt": "2026-12-01T13:22:21.877278Z", "retiredAt": null}]}""")
    public record KeySet(@Schema(maxItems = 100) List<KeyView> keys) {
    }

    @Schema(name = "PassRevocationEntry", description = "A void pass: REVOKED or USED.")
    public record RevocationView(UUID passId, @Schema(examples = "REVOKED") Reason reason, OffsetDateTime at) {
    }

    @Schema(name = "PassRevocationList", description = "Passes made void after `since`; ask again with since = asOf for the next delta.", examples = """
            {"items": [{"passId": "c5a30369-a51f-4e45-913f-39a91a4351ea", "reason": "REVOKED",
            "at": "2026-12-01T13:22:26.090967Z"}, {"passId": "776da81e-144c-4c62-828f-345fb22f3894", "reason": "USED",
            "at": "2026-12-01T13:22:26.298267Z"}], "since": null, "asOf": "2026-12-01T13:22:16.816254186Z"}""")
    public record RevocationList(@Schema(maxItems = 100000) List<RevocationView> items, OffsetDateTime since,
                                 @Schema(description = "Pass as `since` next time (a few seconds before the read, so no late commit is missed; entries may repeat).") OffsetDateTime asOf) {
    }

    @Schema(name = "PassFiling", description = "An issue filed with the city transport bureau.", examples = """
            {"id": "78d27183-5f5e-4729-861f-3a8ef13fbefd", "passId": "776da81e-144c-4c62-828f-345fb22f3894",
            "passType": "PRIVATE_CAR", "issuingBody": "红山区长青街道长青社区", "filedWith": "市交通运输局",
            "filedAt": "2026-12-01T13:22:26.022483Z"}""")
    public record FilingView(UUID id, UUID passId, PassType passType, @Schema(maxLength = 120) String issuingBody,
                             @Schema(maxLength = 120) String filedWith, OffsetDateTime filedAt) {
    }

    @Schema(name = "PassFilingSummary", description = "Passes filed per issuing body and type.")
    public record FilingSummary(@Schema(maxLength = 120) String issuingBody, PassType passType,
                                @Schema(minimum = "1", maximum = CheckpointApi.MAX_COUNT) long passes, OffsetDateTime lastFiledAt) {
    }
}
