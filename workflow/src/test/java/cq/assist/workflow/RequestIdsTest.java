package cq.assist.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A request id never carries personal data: an id a client sends that could be a phone number, an ID number,
 * a name or an address is replaced by a fresh UUID. That it reaches the async jobs is
 * {@link RequestIdPropagationTest}'s.
 */
class RequestIdsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "13800138000",
                "500103199001011234",
                "50010319900101123X",
                "500103199001011234-13800138000",
                "李四",
                "li.si@example.com",
                "abc",
                ""
            })
    void anIdThatCouldBePersonalDataIsReplacedByAFreshOne(String fromClient) {
        String id = RequestIds.acceptOrCreate(fromClient);
        assertThat(id).isNotEqualTo(fromClient);
        assertThat(UUID.fromString(id)).as("a fresh UUID").isNotNull();
    }

    @Test
    void anAcceptableClientIdIsKeptAndNoneMeansAFreshOne() {
        String proxy = "3f2b9c1e-8d4a-4b6f-9e2d-1a7c5b3e9f01";
        assertThat(RequestIds.acceptOrCreate(proxy)).isEqualTo(proxy);
        assertThat(RequestIds.acceptOrCreate("0123456789abcdef")).isEqualTo("0123456789abcdef");
        assertThat(RequestIds.acceptOrCreate(null)).isNotEqualTo(RequestIds.acceptOrCreate(null));
    }
}
