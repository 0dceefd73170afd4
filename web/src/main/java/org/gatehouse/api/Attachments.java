package org.gatehouse.api;

import jakarta.ws.rs.core.Response;

/** Files the API hands out: the one way a download's answer is built (type and file name). */
public final class Attachments {

    private Attachments() {
    }

    public static Response of(String fileName, String contentType, byte[] content) {
        return Response.ok(content, contentType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
