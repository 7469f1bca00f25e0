package org.tipmonitor.recommendation.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.tipmonitor.recommendation.model.Recommendation;

/** Ready once the dataset is in: a service with no recommendations has nothing to track. */
@Readiness
@ApplicationScoped
public class DatasetReadiness implements HealthCheck {

    @Override
    @Transactional
    public HealthCheckResponse call() {
        long recommendations = Recommendation.count();
        return HealthCheckResponse.named("recommendation dataset")
                .status(recommendations > 0)
                .withData("recommendations", recommendations)
                .build();
    }
}
