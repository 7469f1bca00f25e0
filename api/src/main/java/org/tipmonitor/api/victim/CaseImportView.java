package org.tipmonitor.api.victim;

/**
 * The answer to {@code POST /api/v1/case-records/import}: the file's id and SHA-256, its rows and the
 * rows written. A file imported before writes nothing: {@code duplicateFile} true, {@code inserted} 0.
 */
public record CaseImportView(long fileId, String sha256, long rows, long inserted, boolean duplicateFile) {
}
