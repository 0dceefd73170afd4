package org.gatehouse.warehouse;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * The warehouse's keys for what must not be named there: a keyed hash (HMAC-SHA-256, the
 * installation's pseudonym key, migration V33) of a case id, a person's justice id, an engagement,
 * a checkpoint, an appointment or a feed event, cut to a positive 63-bit number. The same input always gives the
 * same key (a reloaded or restarted load writes the same rows); without the key, which stays with
 * the operational data, a warehouse key cannot be tied back to its record. The same key, under its own
 * prefix, digests an integration's request for comparing it with a retry ({@link #request}).
 */
@ApplicationScoped
public class Pseudonyms {

    @Resource(lookup = "java:jboss/datasources/GatehouseDS")
    private DataSource dataSource;

    private SecretKeySpec key;

    @PostConstruct
    void readKey() {
        try (Connection connection = dataSource.getConnection();
             Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("select pseudonym_key from installation")) {
            if (!row.next() || row.getString(1) == null) {
                throw new IllegalStateException("the database has no pseudonym key (migration V33)");
            }
            key = new SecretKeySpec(HexFormat.of().parseHex(row.getString(1)), "HmacSHA256");
        } catch (SQLException e) {
            throw new IllegalStateException("the pseudonym key cannot be read", e);
        }
    }

    /** One enrolment (participant record). */
    public long participant(long participantId) {
        return of("participant:" + participantId);
    }

    /** One person across enrolments and agencies: their justice id, in any case. */
    public long person(String justiceId) {
        return of("person:" + justiceId.strip().toUpperCase(Locale.ROOT));
    }

    public long engagement(long engagementId) {
        return of("engagement:" + engagementId);
    }

    public long checkpoint(long checkpointId) {
        return of("checkpoint:" + checkpointId);
    }

    public long appointment(long appointmentId) {
        return of("appointment:" + appointmentId);
    }

    public long event(String eventId) {
        return of("event:" + eventId);
    }

    /**
     * An API request's content as kept beside its Idempotency-Key (64 hex digits): enough to know the
     * same request sent again, and, being keyed, no way to test a guess at the personal data in it.
     */
    public String request(String canonicalContent) {
        return HexFormat.of().formatHex(mac("request:" + canonicalContent));
    }

    private long of(String value) {
        return ByteBuffer.wrap(mac(value)).getLong() & Long.MAX_VALUE;
    }

    private byte[] mac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
