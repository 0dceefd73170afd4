package org.gatehouse.exports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.gatehouse.platform.Messages;

/** The one way a screen asks for a file in the background. */
@RequestScoped
public class ExportRequests {

    @Inject
    private ExportFiles files;

    /**
     * Asks for the file, then goes to "My exports"; a refusal is told where the person is
     * ("Not asked for: ...") and they stay.
     */
    public String request(String kind, String format, Map<String, String> parameters) {
        if (Messages.attempt("Not asked for", () -> files.request(kind, format, parameters))) {
            Messages.info("Being made in the background: it appears here, ready to download, in a moment.");
            Messages.keepAfterRedirect();
            return "/exports?faces-redirect=true";
        }
        return null;
    }
}
