package org.gatehouse.platform;

import java.nio.file.Path;

/** Folders of this server node: configured by a system property, else under the server's data directory. */
public final class ServerPaths {

    private ServerPaths() {
    }

    public static Path configured(String property, String underDataDir) {
        String configured = System.getProperty(property);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), underDataDir);
    }
}
