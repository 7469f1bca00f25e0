package org.tipmonitor.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The schema documents itself for the people who read it in GraphiQL or generate clients from it: every type,
 * field, argument, enum value and input field of the public contract (contract/gateway.graphql) has a
 * description in the served schema. The failure lists every coordinate without one (Type, Type.field,
 * Type.field(argument), Enum.VALUE).
 */
@QuarkusTest
class SchemaDescriptionTest {

    @Test
    void everyTypeFieldArgumentAndEnumValueOfTheContractIsDescribedInTheServedSchema() throws IOException {
        TypeDefinitionRegistry contract = new SchemaParser().parse(Files.readString(ContractTest.CONTRACT));
        TypeDefinitionRegistry served = new SchemaParser().parse(
                given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString());

        List<String> undescribed = new ArrayList<>();
        for (TypeDefinition<?> wanted : contract.types().values()) {
            TypeDefinition<?> actual = served.getType(wanted.getName()).orElse(null);
            if (actual == null) {
                continue; // ContractTest reports a missing type
            }
            check(wanted.getName(), description(actual), undescribed);
            if (actual instanceof ObjectTypeDefinition object && wanted instanceof ObjectTypeDefinition wantedObject) {
                Map<String, FieldDefinition> fields = byName(object.getFieldDefinitions(), FieldDefinition::getName);
                for (FieldDefinition field : wantedObject.getFieldDefinitions()) {
                    FieldDefinition servedField = fields.get(field.getName());
                    if (servedField == null) {
                        continue;
                    }
                    String where = wanted.getName() + "." + field.getName();
                    check(where, servedField.getDescription(), undescribed);
                    Map<String, InputValueDefinition> arguments =
                            byName(servedField.getInputValueDefinitions(), InputValueDefinition::getName);
                    field.getInputValueDefinitions().stream().map(a -> arguments.get(a.getName()))
                            .filter(a -> a != null)
                            .forEach(a -> check(where + "(" + a.getName() + ")", a.getDescription(), undescribed));
                }
            } else if (actual instanceof InputObjectTypeDefinition input && wanted instanceof InputObjectTypeDefinition wantedInput) {
                Map<String, InputValueDefinition> fields =
                        byName(input.getInputValueDefinitions(), InputValueDefinition::getName);
                wantedInput.getInputValueDefinitions().stream().map(f -> fields.get(f.getName()))
                        .filter(f -> f != null)
                        .forEach(f -> check(wanted.getName() + "." + f.getName(), f.getDescription(), undescribed));
            } else if (actual instanceof EnumTypeDefinition enumType && wanted instanceof EnumTypeDefinition wantedEnum) {
                Map<String, EnumValueDefinition> values =
                        byName(enumType.getEnumValueDefinitions(), EnumValueDefinition::getName);
                wantedEnum.getEnumValueDefinitions().stream().map(v -> values.get(v.getName()))
                        .filter(v -> v != null)
                        .forEach(v -> check(wanted.getName() + "." + v.getName(), v.getDescription(), undescribed));
            }
        }
        assertThat(undescribed).as("parts of the contract served without a description").isEmpty();
    }

    private static Description description(TypeDefinition<?> type) {
        return type instanceof graphql.language.AbstractDescribedNode<?> described ? described.getDescription() : null;
    }

    private static void check(String where, Description description, List<String> undescribed) {
        if (description == null || description.getContent() == null || description.getContent().isBlank()) {
            undescribed.add(where);
        }
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        return items.stream().collect(Collectors.toMap(name, Function.identity(), (a, b) -> a));
    }
}
