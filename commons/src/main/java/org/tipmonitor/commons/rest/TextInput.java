package org.tipmonitor.commons.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.tipmonitor.api.validation.Checks;
import org.tipmonitor.commons.problem.InvalidParameterException;

/**
 * Every string a service receives obeys {@link Checks#forbiddenCharacter}: no NUL (PostgreSQL cannot store
 * it, and it used to end as a 500), no other control character, no half surrogate. Applied once for all
 * requests rather than per field: every string of every JSON body (where text may span lines: tab, line
 * feed and carriage return pass) and every path and query parameter (one line: none pass). A refused
 * string is a 400 problem naming its field or parameter, before any resource method runs.
 */
public class TextInput {

    /** JSON bodies: the standard string reader, then the check; the problem names the field by its path. */
    @Singleton
    public static class JsonStrings implements ObjectMapperCustomizer {

        @Override
        public void customize(ObjectMapper mapper) {
            mapper.registerModule(new SimpleModule("tip-text-input").addDeserializer(String.class, new Checked()));
        }
    }

    static final class Checked extends StdScalarDeserializer<String> {

        Checked() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            int at = Checks.forbiddenCharacter(text, true);
            if (at >= 0) {
                throw new RefusedText(parser, Checks.forbiddenCharacterMessage(text, at), text);
            }
            return text;
        }
    }

    /** A JSON string with a forbidden character; ProblemMappers names the field and says which character. */
    public static final class RefusedText extends InvalidFormatException {

        RefusedText(JsonParser parser, String message, String value) {
            super(parser, message, Checks.excerpt(value), String.class);
        }
    }

    /** Path and query parameters, decoded, after the request is matched to its resource method. */
    @ServerRequestFilter
    public Optional<Response> refuseControlCharactersInParameters(UriInfo uri) {
        check(uri.getPathParameters());
        check(uri.getQueryParameters());
        return Optional.empty();
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            int at = Checks.forbiddenCharacter(parameter.getKey(), false);
            if (at >= 0) {
                throw new InvalidParameterException(Checks.excerpt(parameter.getKey()),
                        "is not a parameter name: " + Checks.forbiddenCharacterMessage(parameter.getKey(), at));
            }
            for (String value : parameter.getValue()) {
                at = Checks.forbiddenCharacter(value, false);
                if (at >= 0) {
                    throw new InvalidParameterException(parameter.getKey(), Checks.forbiddenCharacterMessage(value, at));
                }
            }
        }
    }
}
