package cn.gov.epidemic.checkpoint.api;

import cn.gov.epidemic.checkpoint.PassState;
import cn.gov.epidemic.kit.pii.ValidIdCardNumber;
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

    @Schema(name = "PassPerson", description = "A driver or passenger (personal data: ID-card and phone numbers are masked in every response and event).")
    public record NewPerson(
            @NotBlank @Size(max = 60) @Schema(examples = "李志强") String name,
            @ValidIdCardNumber @Schema(examples = "150402198701153216", description = "Resident ID-card number, check digit per GB 11643.") String idCardNumber,
            @Pattern(regexp = PHONE, message = "{epidemic.phone}") @Schema(examples = "13904761234") String phone) {
    }

    @Schema(name = "NewEmergencyTransportPass", description = "Emergency transport (应急运输): one vehicle, one matter, one pass.")
    public record NewEmergencyPass(
            @NotNull @Pattern(regexp = PLATE, message = PLATE_MESSAGE) @Schema(examples = "蒙G12345") String plate,
            @NotBlank @Size(max = 60) @Schema(examples = "通辽市交通运输局", description = "The transport department issuing it.") String issuingBody,
            @NotNull @Valid NewPerson driver,
            @NotBlank @Size(max = 300) @Schema(examples = "向通辽市医院运送防护物资", description = "The one matter this pass is for.") String matter,
            @NotBlank @Size(max = 300) @Schema(examples = "医用防护服 2000 套") String cargo,
            @Size(max = 200) @Schema(examples = "呼和浩特市") String origin,
            @NotBlank @Size(max = 500) @Schema(examples = "G45 大广高速 → G111 国道") String route,
            @NotBlank @Size(max = 200) @Schema(examples = "通辽市医院") String destination,
            @NotNull @Schema(examples = "2020-02-03T08:00:00+08:00") OffsetDateTime validFrom,
            @NotNull @Schema(examples = "2020-02-06T20:00:00+08:00") OffsetDateTime validUntil) {
    }

    @Schema(name = "NewKeyEnterprisePass", description = "Key-enterprise transport (重点企业产品和原材料运输).")
    public record NewEnterprisePass(
            @NotNull @Pattern(regexp = PLATE, message = PLATE_MESSAGE) @Schema(examples = "蒙D56789") String plate,
            @NotBlank @Size(max = 60) @Schema(examples = "赤峰市疫情防控工作指挥部") String issuingBody,
            @NotBlank @Size(max = 200) @Schema(examples = "赤峰某制药有限公司") String enterprise,
            @NotBlank @Size(max = 300) @Schema(examples = "原料药 20 吨") String goods,
            @NotNull @Valid NewPerson driver,
            @NotBlank @Size(max = 500) @Schema(examples = "红山区 → 元宝山区") String route,
            @Size(max = 200) String destination,
            @NotNull OffsetDateTime validFrom,
            @NotNull OffsetDateTime validUntil) {
    }

    @Schema(name = "NewPrivateCarPass", description = "City road pass (市内公路通行证) for a returning worker's private car: issued by the village/community only on the day before departure, valid for that trip, void once arrival is recorded, bound to the plate and the people listed.")
    public record NewPrivateCarPass(
            @NotNull @Pattern(regexp = PLATE, message = PLATE_MESSAGE) @Schema(examples = "蒙D12345") String plate,
            @NotBlank @Size(max = 60) @Schema(examples = "红山区长青街道长青社区", description = "The gacha/village or community issuing it.") String issuingBody,
            @NotNull @Valid @Schema(description = "The owner or driver; ID-card number required.") NewPerson driver,
            @NotNull @Size(max = 20) @Schema(description = "The people travelling with the driver; the configured maximum applies (409 too-many-passengers).") List<@NotNull @Valid NewPerson> passengers,
            @NotBlank @Size(max = 200) @Schema(examples = "红山区长青社区") String origin,
            @NotBlank @Size(max = 200) @Schema(examples = "元宝山区平庄镇") String destination,
            @NotNull @Schema(examples = "2020-02-10", description = "Must be tomorrow (Asia/Shanghai): issued only on the day before departure (409 private-pass-issue-day).") LocalDate departureDate) {
    }

    @Schema(name = "PassPersonView", description = "A person on a pass; ID-card and phone numbers masked.")
    public record PersonView(@Schema(examples = "李志强") String name, @Schema(examples = "150402********3216") String idCardNumber,
                             @Schema(examples = "139****1234") String phone) {
    }

    @Schema(name = "Pass", description = "A vehicle pass. Not alterable once issued; revoke and issue a new one instead.")
    public record PassView(UUID id, PassType type, @Schema(examples = "蒙D12345") String plate, String issuingBody, String issuedBy,
                           PersonView driver, List<PersonView> passengers, String matter, String cargo, String enterprise,
                           String goods, String origin, String route, String destination, LocalDate departureDate,
                           OffsetDateTime validFrom, OffsetDateTime validUntil,
                           @Schema(description = "People the pass lists (driver included).", examples = "3") int holders,
                           @Schema(description = "Green-lane priority (emergency transport).") boolean greenLane,
                           PassState state, OffsetDateTime voidedAt, String voidReason, UUID arrivalCheckpointId,
                           @Schema(description = "Id of the key that signed the code.") String keyId,
                           @Schema(description = "The signed code (also GET /passes/{id}/code and /qr).", examples = "CP1.AZ3x...Q.v0Xb...A") String code,
                           @Schema(description = "The supplies dispatch this green-lane pass was issued for automatically (from its dispatch.planned event); null for passes issued by hand.") UUID dispatchId,
                           OffsetDateTime createdAt, long version) {
    }

    @Schema(name = "DispatchPassRefusal", description = "Event data of pass.dispatch-refused: the green-lane pass of a supplies dispatch was not issued, and why.")
    public record DispatchPassRefusal(UUID dispatchId, @Schema(examples = "蒙LA1234") String plate,
                                      @Schema(examples = "one-vehicle-one-matter-one-pass") String rule,
                                      String detail, OffsetDateTime refusedAt) {
    }

    @Schema(name = "PassRevocation", description = "Revoking a pass.")
    public record Revoke(@NotBlank @Size(max = 300) @Schema(examples = "车辆信息有误，重新核发") String reason) {
    }

    @Schema(name = "PassArrival", description = "The arrival of a one-trip pass at its destination: the pass is void from now.")
    public record Arrival(@Schema(description = "The checkpoint that recorded it, if any.") UUID checkpointId) {
    }

    @Schema(name = "PassVerificationRequest", description = "A code to verify online, as presented on a vehicle.")
    public record VerifyRequest(
            @NotNull @Size(max = 1000) @Pattern(regexp = PassCodes.SYNTAX, message = CODE_MESSAGE) String code,
            @Pattern(regexp = PLATE, message = PLATE_MESSAGE) @Schema(examples = "蒙D12345", description = "The plate of the vehicle presenting it; checked when given.") String plate,
            @Min(1) @Max(80) @Schema(description = "People in the vehicle; checked against the pass when given.", examples = "3") Integer occupants,
            @Schema(description = "Evaluate at this instant instead of now (checks recorded offline, or ahead of a trip).") OffsetDateTime at) {
    }

    @Schema(name = "PassVerification", description = "The result: valid, or the reason for refusal (BAD_SIGNATURE, ALTERED, EXPIRED, NOT_YET_VALID, REVOKED, USED, WRONG_VEHICLE, TOO_MANY_OCCUPANTS).")
    public record VerificationView(boolean valid, Reason reason, @Schema(examples = "genuine and in force") String detail,
                                   UUID passId, PassType type, String plate, OffsetDateTime validFrom, OffsetDateTime validUntil,
                                   Integer holders, String issuingBody, Boolean greenLane) {
    }

    @Schema(name = "PassKey", description = "A published Ed25519 public key (base64 of its X.509 SubjectPublicKeyInfo). active: it signs the passes issued now; a retired key (retiredAt set) still verifies the passes it signed until they expire.")
    public record KeyView(@Schema(examples = "cp-20200203-5f1c2a9e") String keyId, @Schema(examples = "Ed25519") String algorithm,
                          @Schema(examples = "MCowBQYDK2VwAyEA...") String publicKey, boolean active, OffsetDateTime createdAt,
                          OffsetDateTime retiredAt) {
    }

    @Schema(name = "PassKeySet", description = "Every key that may have signed a code still in force: the signing key first, then each retired key while a pass it signed is still valid; a device verifies a code with the key its payload names.")
    public record KeySet(List<KeyView> keys) {
    }

    @Schema(name = "PassRevocationEntry", description = "A void pass: REVOKED or USED.")
    public record RevocationView(UUID passId, @Schema(examples = "REVOKED") Reason reason, OffsetDateTime at) {
    }

    @Schema(name = "PassRevocationList", description = "Passes made void after `since`; ask again with since = asOf for the next delta.")
    public record RevocationList(List<RevocationView> items, OffsetDateTime since,
                                 @Schema(description = "Pass as `since` next time (a few seconds before the read, so no late commit is missed; entries may repeat).") OffsetDateTime asOf) {
    }

    @Schema(name = "PassFiling", description = "An issue filed with the city transport bureau.")
    public record FilingView(UUID id, UUID passId, PassType passType, String issuingBody, String filedWith, OffsetDateTime filedAt) {
    }

    @Schema(name = "PassFilingSummary", description = "Passes filed per issuing body and type.")
    public record FilingSummary(String issuingBody, PassType passType, long passes, OffsetDateTime lastFiledAt) {
    }
}
