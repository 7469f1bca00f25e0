package org.tipmonitor.victim.cases.ctdc;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: comma-separated, double-quoted fields with "" as an escaped quote, line
 * breaks inside quotes, CRLF, LF or CR line ends, blank lines skipped, a leading byte-order mark ignored.
 * It keeps one record in memory and knows the line each record starts on, for error reports. A record
 * longer than {@link #MAX_RECORD_CHARS} stops the reading with an error naming its line, so that one
 * endless line (50 MB without a line break) cannot fill the heap.
 */
final class CsvReader {

    /** Far beyond a CTDC row (a few hundred characters), far below what could hurt the heap. */
    static final int MAX_RECORD_CHARS = 64 * 1024;

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int length;
    private long line = 1;
    private long recordLine;
    private boolean first = true;
    private final StringBuilder field = new StringBuilder();

    CsvReader(Reader in) {
        this.in = in;
    }

    /** The line (1-based) the last record returned starts on. */
    long recordLine() {
        return recordLine;
    }

    /** The next record's fields, or null at the end of the input. */
    List<String> next() throws IOException {
        int c = read();
        if (first) {
            first = false;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        while (c == '\r' || c == '\n') {
            endOfLine(c);
            c = read();
        }
        if (c < 0) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        field.setLength(0);
        boolean quoted = false;
        boolean wasQuoted = false;
        int recordChars = 0;
        while (true) {
            if (++recordChars > MAX_RECORD_CHARS) {
                throw new MalformedCsvException(recordLine, "the record starting on this line is longer than "
                        + MAX_RECORD_CHARS + " characters; a case record is one short line");
            }
            if (quoted) {
                if (c < 0) {
                    throw new MalformedCsvException(recordLine, "a quoted field is not closed before the end of the file");
                } else if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = after;
                        continue;
                    }
                } else {
                    if (c == '\n' || (c == '\r' && peek() != '\n')) {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n' || c < 0) {
                fields.add(field.toString());
                if (c >= 0) {
                    endOfLine(c);
                }
                return fields;
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    /** Completes the line end that {@code c} starts (CRLF counts once). */
    private void endOfLine(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            read();
        }
        line++;
    }

    private int read() throws IOException {
        if (position == length && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position == length && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        length = in.read(buffer, 0, buffer.length);
        position = 0;
        if (length <= 0) {
            length = 0;
            return false;
        }
        return true;
    }

    /** The file cannot be read as CSV from this line on. */
    static final class MalformedCsvException extends IOException {

        final long line;

        MalformedCsvException(long line, String message) {
            super(message);
            this.line = line;
        }
    }
}
