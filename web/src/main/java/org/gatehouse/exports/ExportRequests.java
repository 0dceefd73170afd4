package org.gatehouse.exports;

import static org.gatehouse.platform.ScreenWords.text;

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
        if (Messages.attempt(text("exports.notAskedFor"), () -> files.request(kind, format, parameters))) {
            Messages.info(text("exports.beingMade"));
            Messages.keepAfterRedirect();
            return "/exports?faces-redirect=true";
        }
        return null;
    }
}
