package org.tipmonitor.country.dataset;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;
import org.tipmonitor.country.model.Statute;
import org.tipmonitor.country.model.TierCount;

/**
 * The records only the dataset has, written onto their entities (the api inputs are CountryInputMapper's).
 * An entity field that no record field fills and that is not ignored here fails the build. No I/O.
 */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI, unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface DatasetRecordMapper {

    /** A statute is matched by country and article; the loader sets the country of a new one. */
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "country", ignore = true)
    void applyTo(StatuteInput input, @MappingTarget Statute statute);

    void applyTo(TierCountInput input, @MappingTarget TierCount count);
}
