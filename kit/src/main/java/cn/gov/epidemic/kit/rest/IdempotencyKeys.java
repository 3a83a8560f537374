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

import org.hibernate.Session;

import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
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
            // plain JDBC on the transaction's connection: these statements run on every creating POST, and a native
            // query's parsing, plan and parameter binding cost more than the statement's own client side
            Session session = em.unwrap(Session.class);
            int inserted = session.doReturningWork(c -> {
                try (PreparedStatement ps = c.prepareStatement("insert into idempotency_key (caller, key, request_hash) values (?, ?, ?) on conflict do nothing")) {
                    ps.setString(1, who);
                    ps.setString(2, key);
                    ps.setString(3, hash);
                    return ps.executeUpdate();
                }
            });
            if (inserted == 0) return replay(session, who, key, hash);
            Response response = action.get(); // the service's transaction joins this one: change and key commit together
            Object entity = response.getEntity();
            URI location = response.getLocation();
            Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
            String body = entity == null ? null : mapper.writeValueAsString(entity);
            // the change's pending rows first, as the native update's auto-flush did: a constraint the change breaks
            // fails here, inside the request, and is answered as such, not at commit
            session.flush();
            session.doWork(c -> {
                try (PreparedStatement ps = c.prepareStatement("update idempotency_key set status = ?, location = ?, etag = ?, response_body = ? where caller = ? and key = ?")) {
                    ps.setInt(1, response.getStatus());
                    ps.setString(2, location == null ? null : location.toString());
                    ps.setString(3, etag == null ? null : etag.toString());
                    ps.setString(4, body);
                    ps.setString(5, who);
                    ps.setString(6, key);
                    ps.executeUpdate();
                }
            });
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

    /** What the first request under a key left for its retries (its status is there once that request committed). */
    private record Stored(String requestHash, Number status, String location, String etag, String body) {
    }

    private Response replay(Session session, String who, String key, String hash) {
        Stored stored = session.doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("select request_hash, status, location, etag, response_body from idempotency_key where caller = ? and key = ?")) {
                ps.setString(1, who);
                ps.setString(2, key);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new Stored(rs.getString(1), (Number) rs.getObject(2), rs.getString(3), rs.getString(4), rs.getString(5));
                }
            }
        });
        if (!hash.equals(stored.requestHash())) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    Text.of("This Idempotency-Key was used for a different request; use a new key for a new request.",
                            "此 Idempotency-Key 已用于另一个不同的请求；新请求请使用新的幂等键。"));
        }
        Response.ResponseBuilder b = Response.status(stored.status().intValue()).header("Idempotent-Replayed", "true");
        if (stored.location() != null) b.location(URI.create(stored.location()));
        if (stored.etag() != null) b.header(HttpHeaders.ETAG, stored.etag());
        if (stored.body() != null) b.entity(stored.body()).type(MediaType.APPLICATION_JSON_TYPE);
        return b.build();
    }

    private String hash(String route, Object request) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(route.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            // the JSON streamed into the digest: the same bytes as writeValueAsBytes, without building them in an array
            mapper.writeValue(new DigestOutputStream(OutputStream.nullOutputStream(), d), request);
            return HexFormat.of().formatHex(d.digest());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
