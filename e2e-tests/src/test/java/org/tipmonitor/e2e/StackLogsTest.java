package org.tipmonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * After the suite (it runs last): no log of the stack (.run/logs) holds a token or a demo user's
 * personal data (e-mail address, full name), though every user signed in many times.
 */
@Order(Stack.READS_LOGS)
class StackLogsTest {

    static final Path ROOT = Path.of(System.getProperty("tip.root", ".."));
    static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.");

    @Test
    void noLogHoldsATokenOrADemoUsersPersonalData() throws IOException {
        Set<String> personal = personalDataOfTheDemoUsers();
        assertThat(personal).contains("alice@tip-monitor.example");
        List<String> findings = new ArrayList<>();
        try (Stream<Path> logs = Files.list(ROOT.resolve(".run/logs"))) {
            for (Path log : logs.filter(p -> p.toString().endsWith(".log")).sorted().toList()) {
                List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (JWT.matcher(line).find()) {
                        findings.add(log.getFileName() + ":" + (i + 1) + " a token");
                    }
                    for (String value : personal) {
                        if (line.contains(value)) {
                            findings.add(log.getFileName() + ":" + (i + 1) + " '" + value + "'");
                        }
                    }
                }
            }
        }
        assertThat(findings).as("tokens or personal data in .run/logs").isEmpty();
    }

    /** E-mail addresses and "first last" names of the demo users (a demo-only import beside the realm file). */
    static Set<String> personalDataOfTheDemoUsers() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(ROOT.resolve("deploy/keycloak/demo/tip-monitor-demo.json").toFile());
        Set<String> values = new LinkedHashSet<>();
        for (JsonNode user : realm.path("users")) {
            if (user.hasNonNull("email")) {
                values.add(user.get("email").asText());
            }
            if (user.hasNonNull("firstName") && user.hasNonNull("lastName")) {
                values.add(user.get("firstName").asText() + " " + user.get("lastName").asText());
            }
        }
        return values;
    }
}
