package org.tipmonitor.country.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.health.Readiness;
import org.tipmonitor.commons.health.DatasetReadinessCheck;
import org.tipmonitor.country.model.Assessment;
import org.tipmonitor.country.model.Country;

@Readiness
@ApplicationScoped
public class DatasetReadiness extends DatasetReadinessCheck {

    public DatasetReadiness() {
        super("country dataset");
    }

    @Override
    protected List<Map.Entry<String, Long>> counts() {
        return List.of(Map.entry("countries", Country.count()), Map.entry("assessments", Assessment.count()));
    }
}
