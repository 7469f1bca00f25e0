package org.tipmonitor.country.mapping;

import java.time.ZoneOffset;
import java.util.function.Function;
import org.hibernate.envers.RevisionType;
import org.tipmonitor.api.country.RevisionView;
import org.tipmonitor.api.vocabulary.RevisionChange;
import org.tipmonitor.country.model.RecordRevision;

/** An entry of a record's audit history to the API's view; the record itself is mapped by the function given. No I/O. */
public final class RevisionMapper {

    private RevisionMapper() {
    }

    public static <E, V> RevisionView<V> toView(RecordRevision<E> entry, Function<E, V> state) {
        return new RevisionView<>(entry.revision().id, entry.revision().changedAt.atOffset(ZoneOffset.UTC),
                entry.revision().changedBy, change(entry.type()), state.apply(entry.state()));
    }

    static RevisionChange change(RevisionType type) {
        return switch (type) {
            case ADD -> RevisionChange.ADDED;
            case MOD -> RevisionChange.CHANGED;
            case DEL -> RevisionChange.REMOVED;
        };
    }
}
