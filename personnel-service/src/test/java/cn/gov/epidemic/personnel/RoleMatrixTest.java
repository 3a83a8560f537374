package cn.gov.epidemic.personnel;

import cn.gov.epidemic.kitweb.security.Roles;
import cn.gov.epidemic.testkit.RoleMatrix;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every operation of this service's OpenAPI document, called with every role alone: the documented roles are the enforced ones. */
@QuarkusTest
class RoleMatrixTest {

    @Test
    void everyOperationAdmitsExactlyTheRolesItsDescriptionStates() {
        RoleMatrix.assertEnforced("personnel-service", Roles.ALL);
    }
}
