package cq.assist.seeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads a seed CSV from the classpath the way {@link SeedLoader} does, as header-keyed rows. */
final class SeedFiles {

    private SeedFiles() {}

    static List<Map<String, String>> rows(String path) {
        try (InputStream in = SeedFiles.class.getResourceAsStream("/seeds/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no seed file " + path);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .setCommentMarker('#')
                        .setIgnoreSurroundingSpaces(true)
                        .get()
                        .parse(reader)
                        .stream()
                        .map(CSVRecord::toMap)
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
