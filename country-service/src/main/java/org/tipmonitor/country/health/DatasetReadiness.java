package org.tipmonitor.country.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.tipmonitor.country.model.Assessment;
import org.tipmonitor.country.model.Country;

/** Ready once the dataset is in: a service with no countries has nothing to answer. */
@Readiness
@ApplicationScoped
public class DatasetReadiness implements HealthCheck {

    @Override
    @Transactional
    public HealthCheckResponse call() {
        long countries = Country.count();
        return HealthCheckResponse.named("country dataset")
                .status(countries > 0)
                .withData("countries", countries)
                .withData("assessments", Assessment.count())
                .build();
    }
}
