package org.tipmonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * deploy/run.sh --replicas 2 starts both replicas of a service at the same moment; of the two, at most
 * one loads the dataset (and imports the demo case file), and the other finds it done by that one.
 * The evidence is the row the loading replica wrote in its database's startup_task, in the same
 * transaction as the load, and what each replica logged. (deploy/test.sh forgets earlier loads before
 * starting the replicas, so that one of them does load; started against a database loaded before, both
 * find that earlier load, which is checked the same way.)
 */
@Tag("replicas")
class ReplicaStartOnceTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "COUNTRY, dataset %, Dataset loaded from, Dataset from",
        "VICTIM, dataset %, Dataset loaded from, Dataset from",
        "RECOMMENDATION, dataset %, Dataset loaded from, Dataset from",
        "VICTIM, demo cases, Demo case file of, Demo case file of"})
    void ofTwoReplicasStartedTogetherAtMostOneDidTheWorkAndTheOtherFoundItDone(Stack service, String task,
            String didIt, String foundIt) throws Exception {
        String doneBy = lastDoneBy(service, task);
        List<Integer> did = new ArrayList<>();
        for (int replica = 1; replica <= Replicas.COUNT; replica++) {
            String log = Replicas.log(service, replica);
            boolean loaded = log.lines().anyMatch(l -> l.contains(didIt) && !l.contains("already (by "));
            boolean foundDone = log.lines().anyMatch(l -> l.contains(foundIt) && l.contains("already (by " + doneBy + " at"));
            assertThat(loaded ^ foundDone).as("replica %d of %s either did %s or found it done by %s", replica,
                    service, task, doneBy).isTrue();
            if (loaded) {
                did.add(replica);
                String self = Replicas.pid(service, replica) + "@";
                assertThat(doneBy).as("the row names the replica that did it").startsWith(self)
                        .endsWith(":" + Replicas.port(service, replica));
            }
        }
        assertThat(did).as("replicas of %s that did %s", service, task).hasSizeLessThanOrEqualTo(1);
        System.out.printf("%s, %s: %s (row: done by %s)%n", Replicas.name(service), task,
                did.isEmpty() ? "both replicas found it done before they started" : "done by replica " + did.get(0)
                        + " only, the other found it done", doneBy);
    }

    private static String lastDoneBy(Stack service, String task) throws Exception {
        try (Connection db = Replicas.database(service);
                PreparedStatement query = db.prepareStatement(
                        "select done_by from startup_task where task like ? order by done_at desc limit 1")) {
            query.setString(1, task);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("%s recorded %s", service, task).isTrue();
                return row.getString(1);
            }
        }
    }
}
