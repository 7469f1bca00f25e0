package org.tipmonitor.recommendation.service;

import java.util.List;
import java.util.Optional;
import org.tipmonitor.recommendation.model.Recommendation;
import org.tipmonitor.recommendation.repository.RecommendationRepository.Report;

/** The reports issuers made on countries: what "the issuer's next report" on a country is. */
record ReportSeries(List<Report> reports) {

    /**
     * The year of the issuer's next report on the recommendation's country, when there is one. An
     * undated recommendation has none, and an undated report is nobody's next report: without a year
     * there is no "next".
     */
    Optional<Integer> nextReportYear(Recommendation r) {
        if (r.reportYear == null) {
            return Optional.empty();
        }
        return reports.stream()
                .filter(report -> report.issuer().equals(r.issuer) && report.countryCode().equals(r.countryCode)
                        && report.reportYear() != null && report.reportYear() > r.reportYear)
                .map(Report::reportYear)
                .min(Integer::compare);
    }
}
