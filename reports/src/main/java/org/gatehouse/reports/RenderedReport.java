package org.gatehouse.reports;

/** A filled and exported report, ready to download. */
public record RenderedReport(String fileName, String contentType, byte[] content) {
}
