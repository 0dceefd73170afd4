package org.gatehouse.platform;

import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Files the screens hand to the browser ({@code p:fileDownload}). */
public final class Downloads {

    private Downloads() {
    }

    public static StreamedContent of(String fileName, String contentType, byte[] content) {
        return DefaultStreamedContent.builder().name(fileName).contentType(contentType)
                .contentLength((long) content.length).stream(() -> new ByteArrayInputStream(content)).build();
    }
}
