package org.tipmonitor.api.victim;

/** Who recruits people into a pathway. */
public enum RecruiterType {
    STATE_AGENCY,
    STATE_LABOR_EXPORT_PROGRAM,
    MILITARY,
    PRIVATE_MILITARY_COMPANY,
    NON_STATE_ARMED_GROUP,
    CRIMINAL_GROUP,
    ILLICIT_RECRUITER,
    ILLICIT_COMPANY,
    /** The source says only "traffickers". */
    UNSPECIFIED
}
