package org.tipmonitor.victim.disclosure.mapping;

import static org.tipmonitor.api.victim.CaseDimension.AGE_BROAD;
import static org.tipmonitor.api.victim.CaseDimension.CITIZENSHIP;
import static org.tipmonitor.api.victim.CaseDimension.COUNTRY_OF_EXPLOITATION;
import static org.tipmonitor.api.victim.CaseDimension.EXPLOITATION_TYPE;
import static org.tipmonitor.api.victim.CaseDimension.GENDER;
import static org.tipmonitor.api.victim.CaseDimension.YEAR;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tipmonitor.api.victim.CaseCellView;
import org.tipmonitor.api.victim.CaseDimension;
import org.tipmonitor.api.victim.CaseStatisticsView;
import org.tipmonitor.api.vocabulary.ExploitationType;
import org.tipmonitor.victim.disclosure.model.CaseAggregate;

/** A case aggregate to the API's answer: each cell's key values go to the fields of their dimensions. */
@ApplicationScoped
public class CaseStatisticsMapper {

    public CaseStatisticsView toView(CaseAggregate aggregate) {
        return new CaseStatisticsView(aggregate.threshold(), aggregate.suppressionApplied(),
                aggregate.suppressedCells(),
                aggregate.cells().stream().map(cell -> toView(aggregate.dimensions(), cell)).toList(),
                aggregate.total());
    }

    private static CaseCellView toView(List<CaseDimension> dimensions, CaseAggregate.Cell cell) {
        // A dimension the answer is not grouped by stays null.
        Map<CaseDimension, Object> value = new EnumMap<>(CaseDimension.class);
        for (int i = 0; i < dimensions.size(); i++) {
            value.put(dimensions.get(i), cell.key().get(i));
        }
        Object type = value.get(EXPLOITATION_TYPE);
        return new CaseCellView((Integer) value.get(YEAR), (String) value.get(CITIZENSHIP),
                (String) value.get(COUNTRY_OF_EXPLOITATION), (String) value.get(GENDER), (String) value.get(AGE_BROAD),
                type == null ? null : ExploitationType.valueOf((String) type), cell.count(), cell.suppressed());
    }
}
