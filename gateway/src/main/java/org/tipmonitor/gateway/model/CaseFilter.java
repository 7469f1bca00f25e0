package org.tipmonitor.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Description("Which case records to count; every part is optional and they combine.")
@Input("CaseFilter")
public record CaseFilter(
        @Description("First year of registration counted.") Integer yearFrom,
        @Description("Last year of registration counted.") Integer yearTo,
        @Description("Only people of this citizenship (ISO 3166-1 alpha-3).") @Id String citizenship,
        @Description("Only people exploited in this country (ISO 3166-1 alpha-3).") @Id String countryOfExploitation) {
}
