package cq.assist.core.pii;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes {@link LocalKeyFileMasterKey} the {@link MasterKey} while {@code assist.pii.kms} is
 * {@code local-key-file} (the default). Another value needs a {@link MasterKey} bean of a KMS adapter.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "assist.pii.kms", havingValue = LocalKeyFileMasterKey.SOURCE, matchIfMissing = true)
class LocalKeyFileConfiguration {

    @Bean
    MasterKey localKeyFileMasterKey(@Value("${assist.pii.master-key-file:}") String file) {
        return new LocalKeyFileMasterKey(file == null || file.isBlank() ? null : Path.of(file.trim()));
    }
}
