package cn.gov.epidemic.personnel;

import io.restassured.RestAssured;
import io.restassured.response.Response;

import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the management interface of the application under test: its detailed health and its metrics. */
final class Management {

    private Management() {
    }

    /** Scheme, host and port only: the injected URL carries the management root path ({@code /q}). */
    static String base(URL management) {
        return management.getProtocol() + "://" + management.getHost() + ":" + management.getPort();
    }

    /** A response and how long it took to come, in milliseconds (health answers must come within 1 s). */
    record Timed(Response response, long ms) {
    }

    static Timed timed(java.util.function.Supplier<Response> call) {
        long t0 = System.nanoTime();
        Response r = call.get();
        return new Timed(r, (System.nanoTime() - t0) / 1_000_000);
    }

    static Response readiness(URL management) {
        return RestAssured.given().baseUri(base(management)).get("/q/health/ready");
    }

    /** One sample of a Prometheus metric, e.g. {@code outbox_backlog{topic="personnel.events"}}. */
    static double metric(URL management, String sample) {
        String text = RestAssured.given().baseUri(base(management)).get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("^" + Pattern.quote(sample) + " (\\S+)$", Pattern.MULTILINE).matcher(text);
        if (!m.find()) throw new AssertionError("no sample " + sample + " in /q/metrics");
        return Double.parseDouble(m.group(1));
    }
}
