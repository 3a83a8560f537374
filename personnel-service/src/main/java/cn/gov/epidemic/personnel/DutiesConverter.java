package cn.gov.epidemic.personnel;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a deployment's duties as one comma-separated column: read with the row, no join per deployment. */
@Converter
public class DutiesConverter implements AttributeConverter<Set<Duty>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Duty> duties) {
        return duties == null ? "" : duties.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Duty> convertToEntityAttribute(String column) {
        EnumSet<Duty> set = EnumSet.noneOf(Duty.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(Duty::valueOf).forEach(set::add);
        }
        return set;
    }
}
