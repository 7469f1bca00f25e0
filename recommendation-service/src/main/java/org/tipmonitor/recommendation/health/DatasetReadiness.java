package org.tipmonitor.recommendation.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.health.Readiness;
import org.tipmonitor.commons.health.DatasetReadinessCheck;
import org.tipmonitor.recommendation.model.Recommendation;

@Readiness
@ApplicationScoped
public class DatasetReadiness extends DatasetReadinessCheck {

    public DatasetReadiness() {
        super("recommendation dataset");
    }

    @Override
    protected List<Map.Entry<String, Long>> counts() {
        return List.of(Map.entry("recommendations", Recommendation.count()));
    }
}
