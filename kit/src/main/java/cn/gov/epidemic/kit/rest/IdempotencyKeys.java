package cn.gov.epidemic.kit.rest;

import cn.gov.epidemic.kitweb.i18n.Text;
import cn.gov.epidemic.kitweb.problem.ProblemException;
import cn.gov.epidemic.kitweb.problem.ProblemType;
import cn.gov.epidemic.kit.audit.Caller;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Safe retries of creating POSTs: the first response to an {@code Idempotency-Key} is stored in the transaction
 * of the change, and a retry with the same key and the same request gets that response again (header
 * {@code Idempotent-Replayed: true}) without a second change. The same key with another request is a 422.
 * Keys are per caller and expire after 24 hours. Refusals (4xx) are not stored: a corrected retry may reuse the key.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,200}");

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;
    @Inject
    Caller caller;

    /**
     * Runs {@code action} (which calls a service) once per key.
     *
     * @param key     the header's value; null runs the action without any of this
     * @param route   what the request does, e.g. {@code POST /api/v1/personnel/people}: the same key on another route is a mismatch
     * @param request the request body, hashed to recognise a retry
     */
    public Response execute(String key, String route, Object request, Supplier<Response> action) {
        if (key == null) return action.get();
        if (!SANE.matcher(key).matches()) {
            throw ProblemException.validation(HEADER, Text.of("must be 1 to 200 characters from A-Z a-z 0-9 . _ : - (a UUID is a good key)",
                    "必须是 1 至 200 个字符，仅限 A-Z a-z 0-9 . _ : -（建议使用 UUID）"));
        }
        String hash = hash(route, request);
        String who = caller.name();
        // the request's one transaction (joined if the caller already has one): the services' own @Transactional
        // methods join it too, so the change, its outbox and audit rows and the stored response commit together
        return QuarkusTransaction.joiningExisting().call(() -> {
            int inserted = em.createNativeQuery("insert into idempotency_key (caller, key, request_hash) values (?1, ?2, ?3) on conflict do nothing")
                    .setParameter(1, who).setParameter(2, key).setParameter(3, hash).executeUpdate();
            if (inserted == 0) return replay(who, key, hash);
            Response response = action.get(); // the service's transaction joins this one: change and key commit together
            Object entity = response.getEntity();
            URI location = response.getLocation();
            Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
            String body = entity == null ? null : mapper.writeValueAsString(entity);
            em.createNativeQuery("update idempotency_key set status = ?1, location = ?2, etag = ?3, response_body = ?4 where caller = ?5 and key = ?6")
                    .setParameter(1, response.getStatus())
                    .setParameter(2, location == null ? null : location.toString())
                    .setParameter(3, etag == null ? null : etag.toString())
                    .setParameter(4, body)
                    .setParameter(5, who).setParameter(6, key)
                    .executeUpdate();
            // the first answer carries the very JSON stored for the retries, written once (the same mapper as the
            // response writer's), rather than serialised a second time on the way out
            return body == null || !json(response) ? response : Response.fromResponse(response).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
        });
    }

    private static boolean json(Response response) {
        MediaType type = response.getMediaType();
        return !(response.getEntity() instanceof String) && !(response.getEntity() instanceof byte[])
                && (type == null || MediaType.APPLICATION_JSON_TYPE.isCompatible(type));
    }

    private Response replay(String who, String key, String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select request_hash, status, location, etag, response_body from idempotency_key where caller = ?1 and key = ?2")
                .setParameter(1, who).setParameter(2, key).getResultList();
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    Text.of("This Idempotency-Key was used for a different request; use a new key for a new request.",
                            "此 Idempotency-Key 已用于另一个不同的请求；新请求请使用新的幂等键。"));
        }
        Response.ResponseBuilder b = Response.status(((Number) row[1]).intValue()).header("Idempotent-Replayed", "true");
        if (row[2] != null) b.location(URI.create((String) row[2]));
        if (row[3] != null) b.header(HttpHeaders.ETAG, row[3]);
        if (row[4] != null) b.entity(row[4]).type(MediaType.APPLICATION_JSON_TYPE);
        return b.build();
    }

    private String hash(String route, Object request) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(route.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            d.update(mapper.writeValueAsBytes(request));
            return HexFormat.of().formatHex(d.digest());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
