package cn.gov.epidemic.personnel;

import cn.gov.epidemic.kitweb.security.Roles;
import cn.gov.epidemic.testkit.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Accept-Language chooses the language of a problem's title, detail and violation messages: Chinese without it, English
 * for en or en-*; Content-Language says which. Sent with the JDK client, so that no test default adds a header.
 */
@QuarkusTest
class ProblemLanguageTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Answer(int status, String language, JsonNode body) {
    }

    private static Answer send(String method, String path, String body, String acceptLanguage) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Authorization", Tokens.bearer("language-test", Roles.PERSONNEL_READ, Roles.PERSONNEL_WRITE))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (acceptLanguage != null) b.header("Accept-Language", acceptLanguage);
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Language").orElse(null), JSON.readTree(r.body()));
    }

    @Test
    void aProblemIsInChineseByDefaultAndInEnglishWhenAsked() throws Exception {
        String path = Api.BASE + "/people/" + UUID.randomUUID();
        Answer zh = send("GET", path, null, null);
        assertEquals(404, zh.status());
        assertEquals("zh-CN", zh.language());
        assertEquals("资源不存在", zh.body().path("title").asText());
        assertTrue(zh.body().path("detail").asText().startsWith("人员 "), zh.body().toString());

        Answer en = send("GET", path, null, "en");
        assertEquals("en", en.language());
        assertEquals("Resource not found", en.body().path("title").asText());
        assertTrue(en.body().path("detail").asText().endsWith(" does not exist."), en.body().toString());
        assertEquals(zh.body().path("type"), en.body().path("type"), "the type does not depend on the language");

        Answer enGb = send("GET", path, null, "en-GB,en;q=0.8");
        assertEquals("en", enGb.language());
        Answer preferZh = send("GET", path, null, "zh-CN,zh;q=0.9,en;q=0.5");
        assertEquals("zh-CN", preferZh.language());
        Answer unsupported = send("GET", path, null, "fr");
        assertEquals("zh-CN", unsupported.language(), "a language the suite has not: the default");
        Answer malformed = send("GET", path, null, ";;;=");
        assertEquals(404, malformed.status(), "a malformed Accept-Language is no reason to refuse");
        assertEquals("zh-CN", malformed.language());
        System.out.printf("[test] problem languages: default %s, en %s, en-GB %s, zh-CN first %s, fr %s%n",
                zh.language(), en.language(), enGb.language(), preferZh.language(), unsupported.language());
    }

    @Test
    void aRuleOfTheServiceExplainsItselfInBothLanguages() throws Exception {
        String code = "7" + String.format("%05d", (int) (Math.random() * 99_999));
        String body = "{\"code\":\"" + code + "\",\"name\":\"语言测试市\",\"kind\":\"CITY\",\"households\":10}";
        assertEquals(201, RestAssured.given().header("Authorization", Tokens.bearer("language-test", Roles.PERSONNEL_WRITE))
                .contentType("application/json").body(body).post(Api.BASE + "/divisions").statusCode());
        Answer zh = send("POST", Api.BASE + "/divisions", body, "zh-CN");
        assertEquals(409, zh.status());
        assertTrue(zh.body().path("type").asText().endsWith("/problems/division-exists"), zh.body().toString());
        assertEquals("行政区划已登记", zh.body().path("title").asText());
        assertEquals("行政区划 " + code + " 已登记。", zh.body().path("detail").asText());
        Answer en = send("POST", Api.BASE + "/divisions", body, "en-US");
        assertEquals("Division already registered", en.body().path("title").asText());
        assertEquals("Division " + code + " is already registered.", en.body().path("detail").asText());
    }

    @Test
    void beanValidationMessagesFollowTheLanguage() throws Exception {
        // a Hibernate Validator built-in message (@NotBlank), one of the kit's keys (ID card), one of the service's (phone)
        String body = "{\"name\":\" \",\"category\":\"POLICE_OFFICER\",\"idCardNumber\":\"150102198503121235\",\"phone\":\"x\"}";
        Answer zh = send("POST", Api.BASE + "/people", body, null);
        assertEquals(400, zh.status());
        assertEquals("zh-CN", zh.language());
        assertEquals("请求校验未通过", zh.body().path("title").asText());
        assertEquals("请求中有 3 个无效值。", zh.body().path("detail").asText());
        assertEquals("不能为空", message(zh.body(), "name"));
        assertEquals("必须是 18 位公民身份号码（GB 11643）：真实的行政区划代码、1900 年至今的出生日期和正确的校验码", message(zh.body(), "idCardNumber"));
        assertEquals("必须是 7 至 20 位数字的电话号码", message(zh.body(), "phone"));

        Answer en = send("POST", Api.BASE + "/people", body, "en");
        assertEquals("en", en.language());
        assertEquals("The request has 3 invalid values.", en.body().path("detail").asText());
        assertEquals("must not be blank", message(en.body(), "name"));
        assertEquals("must be an 18-character resident ID-card number (GB 11643): a real area code, a birth date from 1900 to today, and the check digit", message(en.body(), "idCardNumber"));
        assertEquals("must be a phone number of 7 to 20 digits", message(en.body(), "phone"));

        // en-US alone matches none of quarkus.locales exactly: the kit's resolver gives Bean Validation the same choice
        Answer enUs = send("POST", Api.BASE + "/people", body, "en-US");
        assertEquals("en", enUs.language());
        assertEquals("must not be blank", message(enUs.body(), "name"));
        assertEquals("must be a phone number of 7 to 20 digits", message(enUs.body(), "phone"));

        // a binding error the kit words itself (Jackson, not Bean Validation): the same choice
        Answer binding = send("POST", Api.BASE + "/people", "{\"name\":\"王\",\"category\":\"POLICE_OFFICER\",\"unitId\":\"x\"}", null);
        assertEquals(400, binding.status());
        assertEquals("必须是UUID", message(binding.body(), "unitId"));
        System.out.printf("[test] bean validation: zh '%s', en '%s'%n", message(zh.body(), "phone"), message(en.body(), "phone"));
    }

    private static String message(JsonNode problem, String field) {
        for (JsonNode v : problem.path("violations")) {
            if (field.equals(v.path("field").asText())) return v.path("message").asText();
        }
        throw new AssertionError("no violation of " + field + " in " + problem);
    }
}
