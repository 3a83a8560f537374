package cn.gov.epidemic.checkpoint;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** Direct reads of the test database, for asserting what the API does not show (audit rows, outbox rows). */
final class Db {

    private Db() {
    }

    static long count(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(System.getProperty("testkit.jdbc"), "postgres", "postgres");
             PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) st.setObject(i + 1, params[i]);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
