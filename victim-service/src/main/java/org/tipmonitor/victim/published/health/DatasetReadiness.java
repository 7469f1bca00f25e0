package org.tipmonitor.victim.published.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.health.Readiness;
import org.tipmonitor.commons.health.DatasetReadinessCheck;
import org.tipmonitor.victim.published.model.Pathway;
import org.tipmonitor.victim.published.model.Statistic;

@Readiness
@ApplicationScoped
public class DatasetReadiness extends DatasetReadinessCheck {

    public DatasetReadiness() {
        super("victim dataset");
    }

    @Override
    protected List<Map.Entry<String, Long>> counts() {
        return List.of(Map.entry("statistics", Statistic.count()), Map.entry("pathways", Pathway.count()));
    }
}
