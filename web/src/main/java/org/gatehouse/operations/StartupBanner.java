package org.gatehouse.operations;

import jakarta.ejb.EJB;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.gatehouse.platform.SchemaMigrator;

/**
 * Says where to open the application when the web module starts, after the migrations (said from the
 * EJB module it came before the demo's feed and warehouse load had begun and long before the
 * address answered). The address answers a few seconds later still, once Faces and the API are
 * initialised: scripts wait for {@code /health/live} after it.
 */
@WebListener
public class StartupBanner implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @EJB
    private SchemaMigrator migrator;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        // a startup bean answers only once started: asking waits for the migrations
        migrator.pending();
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        LOG.info("Gatehouse is ready: open http://localhost:" + port + event.getServletContext().getContextPath() + "/");
    }
}
