package cn.gov.epidemic.kit.audit;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** Who is calling: the token's subject and roles, or {@code system} outside a request (consumers, demo loader). */
@ApplicationScoped
public class Caller {

    public static final String SYSTEM = "system";

    @Inject
    Instance<SecurityIdentity> identity;

    public String name() {
        SecurityIdentity id = current();
        return id == null ? SYSTEM : id.isAnonymous() ? "anonymous" : id.getPrincipal().getName();
    }

    /**
     * True when the token names exactly this role. {@code admin} does not imply it: least privilege, so personal data
     * ({@code personnel:pii}) is revealed only to a caller granted that role itself.
     */
    public boolean hasRole(String role) {
        SecurityIdentity id = current();
        return id != null && id.hasRole(role);
    }

    private SecurityIdentity current() {
        if (!Arc.container().requestContext().isActive()) return null;
        try {
            return identity.get();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
