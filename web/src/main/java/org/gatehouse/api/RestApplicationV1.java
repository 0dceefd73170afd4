package org.gatehouse.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JSON API's first version, under /api/v1: the contract integrations hold to. The same resources
 * answer under /api (the screens' own scripts and earlier clients); a change that breaks a client
 * comes as /api/v2 beside this one.
 */
@ApplicationPath("/api/v1")
public class RestApplicationV1 extends Application {
}
