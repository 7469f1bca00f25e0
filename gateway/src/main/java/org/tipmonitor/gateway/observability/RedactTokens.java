package org.tipmonitor.gateway.observability;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Keeps tokens and token claims out of the log (quarkus.log.console.filter=redact-tokens). A failed
 * token verification is reported with the library's message, which quotes the token's claims (name,
 * e-mail, organization); a library may print a raw token. Such a record is written with those parts
 * replaced, and its exception is reduced to its type.
 */
@LoggingFilter(name = "redact-tokens")
public final class RedactTokens implements Filter {

    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final Pattern CLAIMS = Pattern.compile("claims->\\{.*\\}", Pattern.DOTALL);

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        Throwable thrown = record.getThrown();
        boolean sensitiveThrown = false;
        for (Throwable t = thrown; t != null && !sensitiveThrown; t = t.getCause() == t ? null : t.getCause()) {
            sensitiveThrown = sensitive(t.getMessage());
        }
        if (!sensitive(message) && !sensitiveThrown) {
            return true;
        }
        String redacted = redact(message);
        if (sensitiveThrown) {
            redacted += " (" + thrown.getClass().getName() + ", message withheld: it quotes a token)";
            record.setThrown(null);
        }
        if (record instanceof ExtLogRecord ext) {
            ext.setMessage(redacted, ExtLogRecord.FormatStyle.NO_FORMAT);
        } else {
            record.setMessage(redacted);
        }
        record.setParameters(null);
        return true;
    }

    static boolean sensitive(String text) {
        return text != null && (text.contains("claims->") || JWT.matcher(text).find());
    }

    static String redact(String text) {
        if (text == null) {
            return null;
        }
        return JWT.matcher(CLAIMS.matcher(text).replaceAll("claims->{withheld}")).replaceAll("[token withheld]");
    }
}
