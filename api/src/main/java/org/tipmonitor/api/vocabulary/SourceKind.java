package org.tipmonitor.api.vocabulary;

/** What kind of document a source is. */
public enum SourceKind {
    ANNUAL_REPORT,
    BRIEF,
    ARTICLE
}
