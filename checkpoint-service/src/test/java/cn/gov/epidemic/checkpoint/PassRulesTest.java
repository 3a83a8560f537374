package cn.gov.epidemic.checkpoint;

import cn.gov.epidemic.testkit.Sql;
import cn.gov.epidemic.kitweb.security.Roles;
import cn.gov.epidemic.passes.PassVerifier;
import cn.gov.epidemic.passes.PublishedLists;
import cn.gov.epidemic.passes.Reason;
import cn.gov.epidemic.passes.Verification;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three pass types and their rules; the signed code online and offline. */
@QuarkusTest
class PassRulesTest {

    private static final String PASSES = Api.BASE + "/passes";

    private static Map<String, Object> verify(String code, String plate, String at) {
        Map<String, Object> m = new java.util.HashMap<>(Map.of("code", code));
        if (plate != null) m.put("plate", plate);
        if (at != null) m.put("at", at);
        return Api.inspector().body(m).post(PASSES + "/verification").then().statusCode(200).extract().as(Map.class);
    }

    /** An offline device: only what the service publishes, no database. */
    private static PassVerifier offlineDevice() {
        String keys = Api.inspector().get(Api.BASE + "/pass-keys").then().statusCode(200).extract().asString();
        String revocations = Api.inspector().get(Api.BASE + "/pass-revocations").then().statusCode(200).extract().asString();
        return new PassVerifier(PublishedLists.keys(keys), PublishedLists.revocations(revocations));
    }

    /** Flips one bit of the signed payload (the plate's last byte) and re-encodes it canonically: a forger's edit. */
    private static String alterOneByte(String code) {
        String[] parts = code.split("\\.");
        byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
        payload[payload.length - 30] ^= 0x01;
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload) + "." + parts[2];
    }

    @Test
    void emergencyTransportOneVehicleOneMatterOnePass() {
        String plate = Api.plate();
        ExtractableResponse<Response> r = Api.issuer().body(Api.emergencyPass(plate)).post(PASSES + "/emergency-transport").then().statusCode(201)
                .header("Location", containsString(PASSES + "/"))
                .body("type", equalTo("EMERGENCY_TRANSPORT")).body("greenLane", equalTo(true)).body("holders", equalTo(1))
                .body("code", startsWith("CP1.")).body("driver.idCardNumber", containsString("********"))
                .body("driver.phone", equalTo("139****1234")).extract();
        String id = r.path("id");
        String code = r.path("code");
        assertEquals(1, Sql.count("select count(*) from pass_filing where pass_id = ?::uuid and issuing_body = '通辽市交通运输局' and filed_with = '市交通运输局'", id));

        Api.issuer().body(Api.emergencyPass(plate)).post(PASSES + "/emergency-transport").then().statusCode(409)
                .body("type", equalTo("https://epidemic.gov.cn/problems/one-vehicle-one-matter-one-pass"));

        Map<String, Object> ok = verify(code, plate, null);
        assertEquals(true, ok.get("valid"), ok.toString());
        assertEquals(id, ok.get("passId"));
        assertEquals(true, ok.get("greenLane"));
        assertEquals("WRONG_VEHICLE", verify(code, "蒙A99999", null).get("reason"), "a pass presented on another plate is refused");
        assertTrue(offlineDevice().verify(code, plate, null, Instant.now()).valid());
        assertEquals(Reason.WRONG_VEHICLE, offlineDevice().verify(code, "蒙A99999", null, Instant.now()).reason());

        Api.issuer().get(PASSES + "/" + id + "/code").then().statusCode(200).contentType(containsString("text/plain")).body(equalTo(code));
        Api.issuer().get(PASSES + "/filings/summary").then().statusCode(200).body("issuingBody", hasItem("通辽市交通运输局"));
    }

    @Test
    void aCodeWithOneAlteredByteIsRefusedOfflineAndOnline() {
        String plate = Api.plate();
        String code = Api.issuer().body(Api.emergencyPass(plate)).post(PASSES + "/emergency-transport").then().statusCode(201).extract().path("code");
        String altered = alterOneByte(code);
        assertNotEquals(code, altered);
        Verification offline = offlineDevice().verify(altered, plate, null, Instant.now());
        assertFalse(offline.valid());
        assertEquals(Reason.ALTERED, offline.reason());
        Map<String, Object> online = verify(altered, plate, null);
        assertEquals(false, online.get("valid"));
        assertEquals("ALTERED", online.get("reason"));
        // and one changed character of the text anywhere
        for (int i = 4; i < code.length(); i += 17) {
            if (code.charAt(i) == '.') continue;
            String t = code.substring(0, i) + (code.charAt(i) == 'A' ? 'B' : 'A') + code.substring(i + 1);
            assertEquals(false, verify(t, plate, null).get("valid"), "position " + i);
            assertFalse(offlineDevice().verify(t, plate, null, Instant.now()).valid());
        }
        // at a checkpoint: turned back, recorded as such
        String cp = Api.checkpoint();
        Api.inspector().body(Api.inspection(cp, plate, altered, List.of(Api.occupant("DRIVER", "36.5")))).post(Api.BASE + "/inspections")
                .then().statusCode(201).body("passResult", equalTo("ALTERED")).body("outcome", equalTo("TURNED_BACK")).body("passId", nullValue());
    }

    @Test
    void keyEnterprisePassRevokedIsRefusedEverywhere() {
        String plate = Api.plate();
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(Api.ZONE);
        ExtractableResponse<Response> r = Api.issuer().body(Map.of("plate", plate, "issuingBody", "赤峰市疫情防控工作指挥部", "enterprise", "赤峰某制药有限公司",
                        "goods", "原料药 20 吨", "driver", Api.person("钱永胜", Api.next()), "route", "松山区 → 元宝山区",
                        "validFrom", Api.iso(now.minusHours(1)), "validUntil", Api.iso(now.plusDays(5))))
                .post(PASSES + "/key-enterprise").then().statusCode(201).body("type", equalTo("KEY_ENTERPRISE")).body("greenLane", equalTo(false)).extract();
        String id = r.path("id");
        String code = r.path("code");
        String since = Api.iso(java.time.OffsetDateTime.now(Api.ZONE).minusSeconds(30)).replace("+", "%2B");
        Api.issuer().body(Map.of("reason", "车辆信息有误")).post(PASSES + "/" + id + "/revocation").then().statusCode(200)
                .body("state", equalTo("REVOKED")).body("voidReason", equalTo("车辆信息有误"));
        assertEquals("REVOKED", verify(code, plate, null).get("reason"));
        assertEquals(Reason.REVOKED, offlineDevice().verify(code, plate, null, Instant.now()).reason());
        Api.inspector().urlEncodingEnabled(false).get(Api.BASE + "/pass-revocations?since=" + since).then().statusCode(200)
                .body("items.passId", hasItem(id)).body("asOf", org.hamcrest.Matchers.notNullValue());
        Api.inspector().urlEncodingEnabled(false).get(Api.BASE + "/pass-revocations?since=2999-01-01T00:00:00Z").then().statusCode(200)
                .body("items.passId", not(hasItem(id)));
        Api.issuer().body(Map.of("reason", "again")).post(PASSES + "/" + id + "/revocation").then().statusCode(409);
        assertEquals(1, Sql.count("select count(*) from outbox_event where aggregate_id = ? and type = 'cn.gov.epidemic.checkpoint.pass.revoked'", id));
    }

    @Test
    void privateCarPassIssuedOnlyTheDayBeforeDeparture() {
        String plate = Api.plate();
        long before = Sql.count("select count(*) from pass");
        Api.issuer().body(Api.privatePass(plate, Api.today().plusDays(2), 1)).post(PASSES + "/private-car").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("https://epidemic.gov.cn/problems/private-pass-issue-day"));
        Api.issuer().body(Api.privatePass(plate, Api.today(), 1)).post(PASSES + "/private-car").then().statusCode(409)
                .body("type", equalTo("https://epidemic.gov.cn/problems/private-pass-issue-day"));
        Api.issuer().body(Api.privatePass(plate, Api.today().plusDays(1), 5)).post(PASSES + "/private-car").then().statusCode(409)
                .body("type", equalTo("https://epidemic.gov.cn/problems/too-many-passengers"));
        assertEquals(before, Sql.count("select count(*) from pass"), "nothing issued");
    }

    @Test
    void privateCarPassIsBoundToPlateAndPeopleAndVoidOnceUsed() throws Exception {
        String plate = Api.plate();
        ExtractableResponse<Response> r = Api.issuer().body(Api.privatePass(plate, Api.today().plusDays(1), 2)).post(PASSES + "/private-car")
                .then().statusCode(201).body("holders", equalTo(3)).body("passengers.size()", equalTo(2))
                .body("passengers[0].idCardNumber", containsString("********")).extract();
        String id = r.path("id");
        String code = r.path("code");
        String tomorrowNoon = Api.iso(Api.today().plusDays(1).atTime(LocalTime.NOON).atZone(Api.ZONE).toOffsetDateTime());

        assertEquals("NOT_YET_VALID", verify(code, plate, null).get("reason"), "not before the departure day");
        assertEquals(true, verify(code, plate, tomorrowNoon).get("valid"));
        assertEquals("WRONG_VEHICLE", verify(code, "蒙D00001", tomorrowNoon).get("reason"), "not transferable");
        Map<String, Object> crowded = new java.util.HashMap<>(Map.of("code", code, "plate", plate, "occupants", 4, "at", tomorrowNoon));
        Api.inspector().body(crowded).post(PASSES + "/verification").then().statusCode(200).body("reason", equalTo("TOO_MANY_OCCUPANTS"));

        // the QR image holds exactly the code
        byte[] png = Api.issuer().get(PASSES + "/" + id + "/qr?size=300").then().statusCode(200).contentType("image/png").extract().asByteArray();
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        int[] px = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(img.getWidth(), img.getHeight(), px)))).getText();
        assertEquals(code, decoded);

        // arrival at checkpoint A: void; at checkpoint B the same code is refused as USED
        String a = Api.checkpoint();
        String b = Api.checkpoint();
        Api.inspector().body(Map.of("checkpointId", a)).post(PASSES + "/" + id + "/arrival").then().statusCode(200)
                .body("state", equalTo("USED")).body("arrivalCheckpointId", equalTo(a));
        Api.inspector().body(Api.inspection(b, plate, code, List.of(Api.occupant("DRIVER", "36.5"), Api.occupant("PASSENGER", "36.7"))))
                .post(Api.BASE + "/inspections").then().statusCode(201)
                .body("passResult", equalTo("USED")).body("outcome", equalTo("TURNED_BACK")).body("passId", equalTo(id));
        assertEquals("USED", verify(code, plate, tomorrowNoon).get("reason"));
        assertEquals(Reason.USED, offlineDevice().verify(code, plate, null, Instant.parse(tomorrowNoon.replace("+08:00", "Z")).minusSeconds(8 * 3600)).reason());
        Api.inspector().body(Map.of()).post(PASSES + "/" + id + "/arrival").then().statusCode(409);
        Api.as(Roles.CHECKPOINT_READ).get(Api.BASE + "/" + b + "/statistics").then().statusCode(200)
                .body("totals.vehicles", equalTo(1)).body("totals.people", equalTo(2)).body("totals.turnedBack", equalTo(1))
                .body("totals.passesRefused", equalTo(1)).body("totals.passesVerified", equalTo(0));
    }
}
