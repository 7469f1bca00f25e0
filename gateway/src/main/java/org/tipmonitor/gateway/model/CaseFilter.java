package org.tipmonitor.gateway.model;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("CaseFilter")
public record CaseFilter(Integer yearFrom, Integer yearTo, @Id String citizenship, @Id String countryOfExploitation) {
}
