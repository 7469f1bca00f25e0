package org.tipmonitor.api.vocabulary;

import org.eclipse.microprofile.graphql.Description;

/** How a government's effort in one pillar changed against the previous report. */
@Description("How a government's effort in one pillar changed against the previous report.")
public enum EffortTrend {
    @Description("More effort than in the previous report.")
    INCREASED,
    @Description("About the same effort as in the previous report.")
    MAINTAINED,
    @Description("Less effort than in the previous report.")
    DECREASED
}
