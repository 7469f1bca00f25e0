package org.tipmonitor.api.vocabulary;

import org.eclipse.microprofile.graphql.Description;

/** The TIP report's tier placements; SPECIAL_CASE is for countries the report does not rank. */
@Description("A government's placement in the Trafficking in Persons report: how far it meets the minimum "
        + "standards for the elimination of trafficking set by the Trafficking Victims Protection Act (TVPA).")
public enum Tier {
    @Description("Fully meets the minimum standards.")
    TIER_1,
    @Description("Does not fully meet the minimum standards but is making significant efforts to meet them.")
    TIER_2,
    @Description("As Tier 2, but the number of victims is very significant or significantly increasing without "
            + "proportional action, or there is no evidence of increasing efforts over the previous year.")
    TIER_2_WATCH_LIST,
    @Description("Does not fully meet the minimum standards and is not making significant efforts to do so.")
    TIER_3,
    @Description("Not ranked by the report, e.g. where conflict or crisis kept information from being gathered.")
    SPECIAL_CASE
}
