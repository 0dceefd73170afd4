package org.gatehouse.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie is HttpOnly and SameSite=Strict always, and Secure unless the server is told
 * it serves plain HTTP ({@code -Dgatehouse.cookie.secure=false}: the local run command and tests).
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(!"false".equals(System.getProperty("gatehouse.cookie.secure")));
        cookie.setAttribute("SameSite", "Strict");
    }
}
