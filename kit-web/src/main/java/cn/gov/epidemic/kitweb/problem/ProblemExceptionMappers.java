package cn.gov.epidemic.kitweb.problem;

import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every exception Quarkus REST sees becomes a problem. One method would do, but Quarkus ships mappers for some
 * exact types (Bean Validation, Jackson's MismatchedInputException and InvalidDefinitionException): a mapper is
 * chosen by the most specific type first, then by priority, so those types are declared again here with a
 * higher priority. The Throwable mapper is also what Quarkus REST consults for a path no resource matches.
 */
public class ProblemExceptionMappers {

    static final int PRIORITY = Priorities.USER - 100;

    @Inject
    Problems problems;

    @ServerExceptionMapper(priority = PRIORITY)
    public Response validation(ValidationException e, RoutingContext ctx) {
        return problems.toResponse(e, ctx);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response mismatchedInput(MismatchedInputException e, RoutingContext ctx) {
        return problems.toResponse(e, ctx);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response invalidDefinition(InvalidDefinitionException e, RoutingContext ctx) {
        return problems.toResponse(e, ctx);
    }

    /** Quarkus ships its own (empty-bodied) mappers for the security exceptions: these win by priority. */
    @ServerExceptionMapper(priority = PRIORITY)
    public Response unauthorized(io.quarkus.security.UnauthorizedException e, RoutingContext ctx) {
        return challenge(problems.toResponse(e, ctx));
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response authenticationFailed(io.quarkus.security.AuthenticationFailedException e, RoutingContext ctx) {
        return challenge(problems.toResponse(e, ctx));
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response forbidden(io.quarkus.security.ForbiddenException e, RoutingContext ctx) {
        return problems.toResponse(e, ctx);
    }

    private static Response challenge(Response r) {
        return Response.fromResponse(r).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response any(Throwable e, RoutingContext ctx) {
        return problems.toResponse(e, ctx);
    }
}
