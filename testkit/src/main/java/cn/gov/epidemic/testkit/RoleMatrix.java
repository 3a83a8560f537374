package cn.gov.epidemic.testkit;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import java.util.ArrayList;
import java.util.List;

/** A service's {@link RoleTable} checked against the running service: call it from a {@code @QuarkusTest}. */
public final class RoleMatrix {

    private RoleMatrix() {
    }

    /**
     * Calls every operation of the running service's own document once per role, with a token of exactly that role, a
     * random UUID for each path parameter and {@code {}} as the body: a role the table lists must get past security
     * (anything but 401/403, and no 5xx), any other role must get 403. Prints the counts; fails with every mismatch.
     */
    public static void assertEnforced(String service, List<String> allRoles) {
        List<RoleTable.Operation> ops = RoleTable.fromJson(RestAssured.given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        List<String> mismatches = new ArrayList<>();
        int allowed = 0, refused = 0;
        for (RoleTable.Operation op : ops) {
            for (String role : allRoles) {
                var request = RestAssured.given().header("Authorization", Tokens.bearer("role-matrix", role))
                        .contentType(ContentType.JSON);
                if (op.hasBody()) request.body("{}");
                int status = request.request(op.method(), op.samplePath()).statusCode();
                boolean listed = op.roles().contains(role);
                if (listed) allowed++;
                else refused++;
                if (listed && (status == 401 || status == 403 || status >= 500)) mismatches.add(op + " as " + role + ": " + status);
                if (!listed && status != 403) mismatches.add(op + " as " + role + " (not listed): " + status + ", expected 403");
            }
        }
        System.out.printf("[test] %s role matrix: %d operations x %d roles, %d calls with a listed role, %d refused, %d mismatches%n",
                service, ops.size(), allRoles.size(), allowed, refused, mismatches.size());
        if (!mismatches.isEmpty()) throw new AssertionError("role table and enforcement differ:\n" + String.join("\n", mismatches));
    }

}
