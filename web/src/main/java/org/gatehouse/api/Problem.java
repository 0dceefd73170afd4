package org.gatehouse.api;

import java.util.List;

/**
 * An RFC 9457 problem body. {@code errors} lists each invalid field; nothing else about the data is
 * echoed back, so an error never leaks a record.
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Where each problem type is named. */
    public static final String TYPES = "https://gatehouse.example/problems/";

    public record FieldError(String field, String message) {
    }
}
