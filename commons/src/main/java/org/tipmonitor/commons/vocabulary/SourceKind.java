package org.tipmonitor.commons.vocabulary;

/** What kind of document a source is. */
public enum SourceKind {
    ANNUAL_REPORT,
    BRIEF,
    ARTICLE
}
