package org.gatehouse.platform.migration;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.HexFormat;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The key of the warehouse's pseudonyms (256 random bits), made once and kept with the operational
 * data: the warehouse holds keyed hashes of case ids and justice ids, never this key, so the
 * warehouse alone cannot be tied back to a person.
 */
public class V33__PseudonymKey extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("alter table installation add column pseudonym_key varchar(64)");
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try (PreparedStatement update = context.getConnection()
                .prepareStatement("update installation set pseudonym_key = ?")) {
            update.setString(1, HexFormat.of().formatHex(key));
            update.executeUpdate();
        }
    }
}
