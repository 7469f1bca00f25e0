package org.tipmonitor.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.tipmonitor.api.vocabulary.ExploitationType;

/** One cell of a case aggregate; dimensions not grouped by are null, count is null when suppressed. */
@Description("One combination of the grouped dimensions and its count; dimensions not grouped by are null.")
public record CaseCell(
        @Description("Year of registration, when grouped by YEAR.") Integer year,
        @Description("Citizenship (ISO 3166-1 alpha-3), when grouped by CITIZENSHIP.") @Id String citizenship,
        @Description("Country of exploitation (ISO 3166-1 alpha-3), when grouped by COUNTRY_OF_EXPLOITATION.") @Id String countryOfExploitation,
        @Description("Gender, when grouped by GENDER.") String gender,
        @Description("Broad age band, when grouped by AGE_BROAD.") String ageBroad,
        @Description("Type of exploitation, when grouped by EXPLOITATION_TYPE.") ExploitationType exploitationType,
        @Description("Null when suppressed.") Integer count,
        @Description("True when the count is withheld to protect the people counted.") boolean suppressed) {
}
