package org.tipmonitor.victim.cases.model;

/**
 * What one import did: the file's id and SHA-256, the rows read and the rows written. A file imported
 * before is rolled back: {@code duplicateFile}, no id (0) and nothing inserted.
 */
public record ImportReport(long fileId, String sha256, long rows, long inserted, boolean duplicateFile) {
}
