package org.tipmonitor.victim.cases.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.tipmonitor.api.victim.CaseImportView;
import org.tipmonitor.victim.cases.model.ImportReport;

/** An import's report to the API's answer. */
@ApplicationScoped
public class CaseImportMapper {

    public CaseImportView toView(ImportReport report) {
        return new CaseImportView(report.fileId(), report.sha256(), report.rows(), report.inserted(),
                report.duplicateFile());
    }
}
