package cq.assist.mobile.input;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.notify.SmsOutbox;
import cq.assist.mobile.support.PhoneLogins;
import cq.assist.mobile.support.Phones;
import cq.assist.web.test.HttpApi;
import cq.assist.web.test.PagingExtremes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 7 / review L3 on mobile-api: every paged list of the app (a {@code GET} whose handler takes {@code page},
 * found from Spring MVC's handler mapping, so a new one is tried by itself) answers the paging extremes
 * ({@code page=2147483647}, a page past the int range, {@code size=0}, ...) with a 400 naming {@code page} or
 * {@code size}, never a 409 or a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PagingExtremesIT {

    @LocalServerPort
    int port;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyPagedListAnswersPagingExtremesWithA400NamingTheParameter() {
        List<String> paged = PagingExtremes.pagedLists(mappings);
        assertThat(paged).as("mobile-api's paged lists").contains("/api/v1/applications");
        HttpApi resident = new HttpApi(port).as(new PhoneLogins(new HttpApi(port), outbox).logIn(Phones.random()));

        List<String> failures = new ArrayList<>();
        for (String path : paged) {
            assertThat(resident.get(path).status()).as("GET " + path).isEqualTo(200);
            failures.addAll(PagingExtremes.failures(resident, path));
        }
        assertThat(failures).isEmpty();
    }
}
