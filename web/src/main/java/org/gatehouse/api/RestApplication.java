package org.gatehouse.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API under /api: the newest version, as under /api/v1 ({@link RestApplicationV1}). */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
