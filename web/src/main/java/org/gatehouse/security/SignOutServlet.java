package org.gatehouse.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.gatehouse.audit.AuditKind;
import org.gatehouse.audit.AuditTrail;

/** Signs out (POST only, so a link or an image elsewhere cannot sign a user out). */
@WebServlet("/signout")
public class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Callers callers;

    @Inject
    private AuditTrail audit;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Caller caller = callers.current();
        if (!caller.isAnonymous()) {
            audit.recordFor(caller.username(), caller.agencyId(), AuditKind.SIGN_OUT, null, request.getRemoteAddr());
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + GatehouseAuthentication.SIGN_IN_PAGE + "?reason=signedout");
    }
}
