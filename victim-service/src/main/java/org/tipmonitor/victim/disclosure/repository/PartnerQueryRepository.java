package org.tipmonitor.victim.disclosure.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.tipmonitor.victim.disclosure.model.PartnerQuery;

/** The partner query log (partner_query) and the daily budgets (partner_query_budget). */
@ApplicationScoped
public class PartnerQueryRepository {

    /**
     * One statement, so one atomic step: take a unit of the subject's budget for today (UTC) if one is
     * left, and log the query either way. The upsert's condition is checked on the row as locked, so of
     * two concurrent requests for the last unit the second sees it taken; no unit is taken twice.
     */
    private static final String CHARGE_AND_LOG = """
            with charged as (
                insert into partner_query_budget as b (subject, day, used)
                values (?, (now() at time zone 'UTC')::date, 1)
                on conflict (subject, day) do update set used = b.used + 1 where b.used < ?
                returning used)
            insert into partner_query (subject, user_name, client, organization, group_by, filter, refused)
            select ?, ?, ?, ?, ?, ?, not exists (select 1 from charged)
            returning refused""";

    @Inject
    AgroalDataSource dataSource;

    /** Logs the query and charges it; false when the subject's budget of {@code limit} for today was spent. */
    public boolean chargeAndLog(String subject, String userName, String client, String organization,
            String groupBy, String filter, int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(CHARGE_AND_LOG)) {
            statement.setString(1, subject);
            statement.setInt(2, limit);
            statement.setString(3, subject);
            statement.setString(4, userName);
            statement.setString(5, client);
            statement.setString(6, organization);
            statement.setString(7, groupBy);
            statement.setString(8, filter);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return !rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The partner query log failed: " + e.getMessage(), e);
        }
    }

    /** The queries of one UTC day, newest first, optionally of one subject; at most {@code limit}. */
    public List<PartnerQuery> queries(LocalDate day, String subject, int limit) {
        String sql = "select id, asked_at, subject, user_name, client, organization, group_by, filter, refused "
                + "from partner_query where asked_at >= ?::date at time zone 'UTC' "
                + "and asked_at < (?::date + 1) at time zone 'UTC' and (?::varchar is null or subject = ?) "
                + "order by asked_at desc, id desc limit ?";
        List<PartnerQuery> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, day);
            statement.setObject(2, day);
            statement.setString(3, subject);
            statement.setString(4, subject);
            statement.setInt(5, limit);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.add(new PartnerQuery(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getBoolean(9)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the partner query log failed: " + e.getMessage(), e);
        }
        return found;
    }
}
