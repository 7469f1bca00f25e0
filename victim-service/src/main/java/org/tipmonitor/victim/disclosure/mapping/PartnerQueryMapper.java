package org.tipmonitor.victim.disclosure.mapping;

import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;
import org.tipmonitor.api.victim.PartnerQueryView;
import org.tipmonitor.victim.disclosure.model.PartnerQuery;

/** A logged partner query to the API's answer. */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI, unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface PartnerQueryMapper {

    PartnerQueryView toView(PartnerQuery query);
}
