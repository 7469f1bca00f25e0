package org.tipmonitor.victim.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.tipmonitor.victim.model.Pathway;
import org.tipmonitor.victim.model.Statistic;

/** Ready once the dataset is in: a service without its published figures has nothing to answer. */
@Readiness
@ApplicationScoped
public class DatasetReadiness implements HealthCheck {

    @Override
    @Transactional
    public HealthCheckResponse call() {
        long statistics = Statistic.count();
        return HealthCheckResponse.named("victim dataset")
                .status(statistics > 0)
                .withData("statistics", statistics)
                .withData("pathways", Pathway.count())
                .build();
    }
}
