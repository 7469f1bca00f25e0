package org.tipmonitor.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.AstPrinter;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The served schema contains every type, field, argument and enum value of the public contract
 * (contract/gateway.graphql in this repository) with the same types, nullability included, except
 * the parts listed in contract/not-yet-served.txt. The list must be exact both ways: a new difference
 * fails, and so does a listed part that is served by now (take it off the list).
 */
@QuarkusTest
class ContractTest {

    static final Path CONTRACT = Path.of("../contract/gateway.graphql");
    static final Path NOT_YET_SERVED = Path.of("../contract/not-yet-served.txt");

    @Test
    void servedSchemaContainsTheWholeContractButWhatIsListedAsNotYetServed() throws IOException {
        TypeDefinitionRegistry contract = new SchemaParser().parse(Files.readString(CONTRACT));
        TypeDefinitionRegistry served = new SchemaParser().parse(
                given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString());

        List<String> differences = new ArrayList<>();
        for (TypeDefinition<?> wanted : contract.types().values()) {
            Optional<TypeDefinition> actual = served.getType(wanted.getName());
            if (actual.isEmpty() || actual.get().getClass() != wanted.getClass()) {
                differences.add("type " + wanted.getName() + " is missing or of another kind");
            } else if (wanted instanceof ObjectTypeDefinition object) {
                compareFields(object, (ObjectTypeDefinition) actual.get(), differences);
            } else if (wanted instanceof InputObjectTypeDefinition input) {
                compareInputs(input.getName(), input.getInputValueDefinitions(),
                        ((InputObjectTypeDefinition) actual.get()).getInputValueDefinitions(), differences);
            } else if (wanted instanceof EnumTypeDefinition enumType) {
                List<String> values = ((EnumTypeDefinition) actual.get()).getEnumValueDefinitions().stream()
                        .map(EnumValueDefinition::getName).toList();
                enumType.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName)
                        .filter(v -> !values.contains(v))
                        .forEach(v -> differences.add("enum " + enumType.getName() + " lacks " + v));
            }
        }
        contract.scalars().keySet().stream().filter(s -> !served.scalars().containsKey(s))
                .forEach(s -> differences.add("scalar " + s + " is missing"));

        assertThat(differences).as("differences from contract/gateway.graphql, against contract/not-yet-served.txt")
                .containsExactlyInAnyOrderElementsOf(notYetServed());
    }

    /** The ledger's lines: one difference each, as this test words it, then "#" and the issue that serves it. */
    static List<String> notYetServed() throws IOException {
        return Files.readAllLines(NOT_YET_SERVED).stream()
                .map(line -> line.replaceFirst("#.*", "").strip())
                .filter(line -> !line.isEmpty())
                .toList();
    }

    private static void compareFields(ObjectTypeDefinition wanted, ObjectTypeDefinition actual, List<String> differences) {
        Map<String, FieldDefinition> fields = actual.getFieldDefinitions().stream()
                .collect(Collectors.toMap(FieldDefinition::getName, Function.identity()));
        for (FieldDefinition field : wanted.getFieldDefinitions()) {
            String where = wanted.getName() + "." + field.getName();
            FieldDefinition served = fields.get(field.getName());
            if (served == null) {
                differences.add(where + " is missing");
                continue;
            }
            if (!AstPrinter.printAst(field.getType()).equals(AstPrinter.printAst(served.getType()))) {
                differences.add(where + " is " + AstPrinter.printAst(served.getType()) + ", not "
                        + AstPrinter.printAst(field.getType()));
            }
            compareInputs(where, field.getInputValueDefinitions(), served.getInputValueDefinitions(), differences);
        }
    }

    private static void compareInputs(String where, List<InputValueDefinition> wanted, List<InputValueDefinition> actual,
            List<String> differences) {
        Map<String, InputValueDefinition> served = actual.stream()
                .collect(Collectors.toMap(InputValueDefinition::getName, Function.identity()));
        for (InputValueDefinition input : wanted) {
            InputValueDefinition match = served.get(input.getName());
            if (match == null) {
                differences.add(where + "(" + input.getName() + ") is missing");
            } else if (!AstPrinter.printAst(input.getType()).equals(AstPrinter.printAst(match.getType()))) {
                differences.add(where + "(" + input.getName() + ") is " + AstPrinter.printAst(match.getType())
                        + ", not " + AstPrinter.printAst(input.getType()));
            }
        }
    }
}
