package org.tipmonitor.api.victim;

/** What a partner finding is: a statistic or a recruitment pathway, with the fields of the official ones. */
public enum PartnerFindingKind {
    STATISTIC,
    PATHWAY
}
