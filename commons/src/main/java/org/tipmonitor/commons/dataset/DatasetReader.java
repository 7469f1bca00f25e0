package org.tipmonitor.commons.dataset;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.CollectionType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the JSON data files of a dataset: each file is an array of records, validated with Bean
 * Validation. Files come from {@code tip.dataset.dir} when it is set (a folder users extend), else
 * from the {@code dataset/} folder the build puts on the classpath.
 */
@ApplicationScoped
public class DatasetReader {

    private final ObjectMapper mapper;
    private final Validator validator;
    private final Optional<Path> folder;

    @Inject
    public DatasetReader(ObjectMapper mapper, Validator validator,
            @ConfigProperty(name = "tip.dataset.dir") Optional<Path> folder) {
        this.mapper = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.validator = validator;
        this.folder = folder;
    }

    /** The records of one file of the configured dataset; problems are added to {@code problems}. */
    public <T> List<T> read(String file, Class<T> type, List<String> problems) {
        return read(folder, file, type, problems);
    }

    /** The records of one file of the dataset in {@code folder} (the classpath one when empty). */
    public <T> List<T> read(Optional<Path> folder, String file, Class<T> type, List<String> problems) {
        CollectionType listType = mapper.getTypeFactory().constructCollectionType(List.class, type);
        List<T> records;
        try (InputStream in = open(folder, file)) {
            records = mapper.readValue(in, listType);
        } catch (JsonMappingException e) {
            problems.add(file + " " + describe(e));
            return List.of();
        } catch (IOException e) {
            problems.add(file + ": " + e.getMessage());
            return List.of();
        }
        for (int i = 0; i < records.size(); i++) {
            T record = records.get(i);
            if (record == null) {
                problems.add(file + " record " + (i + 1) + ": is null");
                continue;
            }
            for (ConstraintViolation<T> v : validator.validate(record).stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).toList()) {
                problems.add(file + " record " + (i + 1) + ": " + v.getPropertyPath() + " " + v.getMessage());
            }
        }
        return records;
    }

    /**
     * A digest of the named files of the dataset in {@code folder} (the classpath one when empty): the
     * same files give the same digest, whichever replica reads them.
     */
    public String fingerprint(Optional<Path> folder, List<String> files) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String file : files.stream().sorted().toList()) {
            sha256.update((file + "\n").getBytes(StandardCharsets.UTF_8));
            try (InputStream in = open(folder, file)) {
                sha256.update(in.readAllBytes());
            } catch (IOException e) {
                // The load reports the missing file with the rest of its problems.
                sha256.update(("missing: " + e.getMessage()).getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** Throws when any problem was found, so that a bad dataset writes nothing. */
    public static void rejectIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new DatasetException(problems);
        }
    }

    private static InputStream open(Optional<Path> folder, String file) throws IOException {
        if (folder.isPresent()) {
            return Files.newInputStream(folder.get().resolve(file));
        }
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("dataset/" + file);
        if (in == null) {
            throw new IOException("not found on the classpath under dataset/");
        }
        return in;
    }

    private static String describe(JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        String where = path.isEmpty() || path.get(0).getIndex() < 0 ? ""
                : "record " + (path.get(0).getIndex() + 1) + ": ";
        String field = path.stream().skip(1).map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .reduce((a, b) -> a + "." + b).orElse("");
        return where + (field.isEmpty() ? "" : field + " ") + e.getOriginalMessage();
    }
}
