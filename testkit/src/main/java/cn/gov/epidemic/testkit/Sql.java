package cn.gov.epidemic.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** Direct reads of the service's test database, for asserting what the API does not show (outbox, audit, constraints). */
public final class Sql {

    private Sql() {
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(System.getProperty("testkit.jdbc"), "postgres", "postgres");
    }

    public static long count(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement st = prepare(c, sql, params); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row as text, or null when there is no row. */
    public static String text(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement st = prepare(c, sql, params); ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static int update(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement st = prepare(c, sql, params)) {
            return st.executeUpdate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws Exception {
        PreparedStatement st = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) st.setObject(i + 1, params[i]);
        return st;
    }
}
