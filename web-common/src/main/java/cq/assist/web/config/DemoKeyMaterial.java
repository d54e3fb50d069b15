package cq.assist.web.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In the demo profile only: when a key is not configured, take it from
 * {@code ${assist.data-dir}/demo-keys.properties}, creating that file with fresh random keys the first
 * time (under a file lock, since both apps share it). Every other profile must configure its keys and
 * refuses to start without them.
 */
public class DemoKeyMaterial implements EnvironmentPostProcessor, Ordered {

    static final List<String> KEYS = List.of(
            "assist.pii.key",
            "assist.pii.index-key",
            "assist.pii.record-key",
            "assist.audit.key",
            "assist.security.web-jwt-secret",
            "assist.security.mobile-jwt-secret");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.matchesProfiles("demo")) {
            return;
        }
        if (KEYS.stream().allMatch(k -> isSet(environment, k))) {
            return;
        }
        Path dir = Path.of(environment.getProperty("assist.data-dir", "./data"));
        Properties keys = loadOrCreate(dir.resolve("demo-keys.properties"));
        Map<String, Object> missing = new HashMap<>();
        for (String key : KEYS) {
            if (!isSet(environment, key)) {
                missing.put(key, keys.getProperty(key));
            }
        }
        environment.getPropertySources().addFirst(new MapPropertySource("demoKeyMaterial", missing));
    }

    private static boolean isSet(ConfigurableEnvironment environment, String key) {
        String value = environment.getProperty(key);
        return value != null && !value.isBlank();
    }

    private static Properties loadOrCreate(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel channel = FileChannel.open(
                            file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                Properties keys = new Properties();
                try (InputStream in = Files.newInputStream(file)) {
                    keys.load(in);
                }
                if (KEYS.stream().anyMatch(k -> !keys.containsKey(k))) {
                    SecureRandom random = new SecureRandom();
                    for (String key : KEYS) {
                        keys.putIfAbsent(key, randomKey(random));
                    }
                    try (OutputStream out = Files.newOutputStream(file)) {
                        keys.store(out, "demo profile keys, generated; never use in production");
                    }
                }
                return keys;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create demo keys in " + file, e);
        }
    }

    private static String randomKey(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
