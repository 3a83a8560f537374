package cn.gov.epidemic.gateway.auth;

import java.util.Set;

/** An authenticated caller: a client system (API key) or a person of the identity provider (bearer token). */
public record Client(String name, Set<String> roles, double ratePerSecond, int burst, String via) {
}
