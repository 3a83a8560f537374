package cn.gov.epidemic.kitweb.problem;

import io.vertx.ext.web.RoutingContext;

/**
 * Where the type URIs of a request's problems point: the gateway serves a page per type at its
 * {@code /problems/<slug>}. A service's default is {@code problem.type-base} (the launcher sets it to the gateway's
 * address); the gateway replaces this bean with its own public address.
 */
public interface ProblemTypeBase {

    /** The base, ending in {@code /}, that a slug is appended to. */
    String of(RoutingContext ctx);
}
