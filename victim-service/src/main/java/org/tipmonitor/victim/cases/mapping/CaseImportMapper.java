package org.tipmonitor.victim.cases.mapping;

import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;
import org.tipmonitor.api.victim.CaseImportView;
import org.tipmonitor.victim.cases.model.ImportReport;

/** An import's report to the API's answer. */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI, unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface CaseImportMapper {

    CaseImportView toView(ImportReport report);
}
