package org.gatehouse.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.gatehouse.platform.InvalidInputException;

/**
 * A new installation's way in: with no system administrator yet, the account named by the
 * environment ({@code GATEHOUSE_FIRST_ADMIN}, {@code GATEHOUSE_FIRST_ADMIN_PASSWORD}) is created at
 * start, its password one-time (replaced at first sign-in). Once any system administrator exists the
 * variables do nothing, so leaving them set cannot bring back an account that was disabled.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstAdministrator {

    static final String USERNAME_VARIABLE = "GATEHOUSE_FIRST_ADMIN";
    static final String PASSWORD_VARIABLE = "GATEHOUSE_FIRST_ADMIN_PASSWORD";
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    private Accounts accounts;

    @PostConstruct
    void createFromEnvironment() {
        String username = System.getenv(USERNAME_VARIABLE);
        String password = System.getenv(PASSWORD_VARIABLE);
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            return;
        }
        try {
            if (accounts.createFirstAdministrator(username.strip(), password)) {
                LOG.info("First system administrator created: " + username.strip()
                        + "; its password is replaced at first sign-in (unset " + PASSWORD_VARIABLE + ")");
            }
        } catch (InvalidInputException refused) {
            // the server still comes up; the log says what to put right
            LOG.warning("First system administrator not created: " + refused.getMessage());
        } catch (EJBException raced) {
            LOG.warning("First system administrator not created here (another node may have created it): "
                    + raced.getClass().getSimpleName());
        }
    }
}
