package cn.gov.epidemic.gateway.health;

import cn.gov.epidemic.gateway.proxy.ProxyRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Readiness of the whole: each service's own readiness, by route. The gateway stays ready while at least one
 * service is: taking the single entry out of rotation because one service is down would cut callers off from
 * the others (whose requests are answered; those to the down service get a quick 503).
 */
@Readiness
@ApplicationScoped
public class UpstreamsReady implements HealthCheck {

    @Inject
    ProxyRoute proxy;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("upstreams");
        int up = 0;
        for (String[] r : proxy.routes()) {
            String state;
            try {
                HttpResponse<Void> resp = client.send(HttpRequest.newBuilder(URI.create(r[2] + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                state = resp.statusCode() == 200 ? "UP" : "DOWN (" + resp.statusCode() + ")";
            } catch (Exception e) {
                state = "DOWN (unreachable)";
            }
            b.withData(r[0], state + " " + r[2]);
            if (state.equals("UP")) up++;
        }
        return b.status(up > 0).build();
    }
}
