package org.gatehouse.dashboards;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The where clause of a dashboard query: a condition for each filter that is set, with its parameter. */
final class Where {

    private final StringBuilder sql = new StringBuilder(" where 1 = 1");
    private final List<Object> parameters = new ArrayList<>();

    /** Adds {@code condition} (one {@code ?}) when the value is set. */
    Where and(String condition, Object value) {
        if (value != null) {
            sql.append(" and ").append(condition);
            parameters.add(value);
        }
        return this;
    }

    @Override
    public String toString() {
        return sql.toString();
    }

    /** How many parameters it binds (a statement's own come after them). */
    int size() {
        return parameters.size();
    }

    /** Binds the parameters to the statement's first placeholders. */
    void bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof LocalDate day) {
                statement.setDate(i + 1, Date.valueOf(day));
            } else {
                statement.setString(i + 1, (String) value);
            }
        }
    }
}
