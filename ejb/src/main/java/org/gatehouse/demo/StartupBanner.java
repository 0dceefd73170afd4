package org.gatehouse.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;

/** Says where to open the application once it is ready (after migrations and demo data). */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "DemoDataLoader"})
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @PostConstruct
    void announce() {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        LOG.info("Gatehouse is ready: open http://localhost:" + port + "/gatehouse/");
    }
}
