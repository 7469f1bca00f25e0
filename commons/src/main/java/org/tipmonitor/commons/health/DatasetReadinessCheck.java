package org.tipmonitor.commons.health;

import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/** Ready once a service's dataset is in: without its main records a service has nothing to answer. */
public abstract class DatasetReadinessCheck implements HealthCheck {

    private final String name;

    protected DatasetReadinessCheck(String name) {
        this.name = name;
    }

    /** Row counts to report, the main records first: readiness needs at least one of those. */
    protected abstract List<Map.Entry<String, Long>> counts();

    @Override
    @Transactional
    public HealthCheckResponse call() {
        List<Map.Entry<String, Long>> counts = counts();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(name).status(counts.get(0).getValue() > 0);
        counts.forEach(count -> response.withData(count.getKey(), count.getValue()));
        return response.build();
    }
}
