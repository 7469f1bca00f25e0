package org.tipmonitor.api.vocabulary;

import org.eclipse.microprofile.graphql.Description;

/** How far a recommendation has been carried out, as the gateway's contract names it. */
@Description("How far a government has carried out a recommendation, as the implementation record shows it.")
public enum ImplementationStatus {
    @Description("No step towards it is on record.")
    NOT_STARTED,
    @Description("Work towards it has begun and is not finished.")
    IN_PROGRESS,
    @Description("Part of what was recommended has been done.")
    PARTIALLY_IMPLEMENTED,
    @Description("Carried out in full.")
    IMPLEMENTED,
    @Description("An earlier step towards it was reversed or abandoned.")
    REGRESSED
}
