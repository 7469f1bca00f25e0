package org.tipmonitor.victim.cases.ctdc;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** Streams a CTDC case file: each row goes to the sink, parsed or with the reasons it is bad. */
public final class CaseFileReader {

    /** Receives rows in file order. */
    public interface Sink {

        void row(long line, CaseRow row);

        /** {@code where} is "header" or "line N". */
        void problem(String where, String reason);
    }

    /** The file is not readable as CSV from {@code line} on; nothing after it can be trusted. */
    public static final class MalformedFile extends IOException {

        public final long line;

        MalformedFile(long line, String message) {
            super(message);
            this.line = line;
        }
    }

    private CaseFileReader() {
    }

    public static void read(Reader text, Sink sink) throws IOException {
        CsvReader csv = new CsvReader(text);
        try {
            List<String> header = csv.next();
            if (header == null) {
                sink.problem("header", "the file is empty");
                return;
            }
            List<String> headerProblems = new ArrayList<>();
            CtdcRowParser parser = CtdcRowParser.forHeader(header, headerProblems);
            if (!headerProblems.isEmpty()) {
                headerProblems.forEach(p -> sink.problem("header", p));
                return;
            }
            List<String> reasons = new ArrayList<>();
            for (List<String> fields = csv.next(); fields != null; fields = csv.next()) {
                reasons.clear();
                CaseRow row = parser.parse(fields, reasons);
                if (row != null) {
                    sink.row(csv.recordLine(), row);
                } else {
                    sink.problem("line " + csv.recordLine(), String.join("; ", reasons));
                }
            }
        } catch (CsvReader.MalformedCsvException e) {
            throw new MalformedFile(e.line, e.getMessage());
        }
    }
}
