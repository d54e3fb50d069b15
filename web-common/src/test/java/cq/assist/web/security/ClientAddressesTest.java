package cq.assist.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * {@link ClientAddresses}, the address per-IP limits count (issue 7, "per-IP limits work behind a reverse proxy:
 * trusted forwarded header, configured, not believed by default").
 */
class ClientAddressesTest {

    private static MockHttpServletRequest from(String peer, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(peer);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }

    @Test
    void byDefaultTheForwardedHeaderIsNotBelieved() {
        ClientAddresses addresses = new ClientAddresses("");

        assertThat(addresses.of(from("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void behindAConfiguredProxyTheClientIsTheRightMostHopThatIsNoTrustedProxy() {
        ClientAddresses addresses = new ClientAddresses("10.0.0.0/8, 192.168.1.5");

        assertThat(addresses.of(from("10.1.2.3", "198.51.100.9")))
                .as("the proxy's own client")
                .isEqualTo("198.51.100.9");
        assertThat(addresses.of(from("10.1.2.3", "1.1.1.1, 198.51.100.9, 192.168.1.5")))
                .as("a forged left-most entry and a second trusted hop are skipped")
                .isEqualTo("198.51.100.9");
        assertThat(addresses.of(from("10.1.2.3", null)))
                .as("no header: the proxy itself")
                .isEqualTo("10.1.2.3");
    }

    @Test
    void aPeerOutsideTheTrustedProxiesIsItselfTheClientWhateverItForwards() {
        ClientAddresses addresses = new ClientAddresses("10.0.0.0/8");

        assertThat(addresses.of(from("203.0.113.7", "10.9.9.9, 198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void aTrustedProxyThatIsNoAddressRefusesToStart() {
        assertThatThrownBy(() -> new ClientAddresses("proxy.example.org"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("trusted-proxies");
    }

    /** Review L2: HSTS behind a TLS-terminating proxy, which only a trusted proxy may claim. */
    @Test
    void theClientReachedUsOverTlsWhenTheConnectionIsOrATrustedProxySaysSo() {
        ClientAddresses addresses = new ClientAddresses("10.0.0.0/8");
        MockHttpServletRequest direct = from("203.0.113.7", null);
        direct.setSecure(true);
        MockHttpServletRequest proxied = from("10.1.2.3", "198.51.100.9");
        proxied.addHeader("X-Forwarded-Proto", "HTTPS, http");
        MockHttpServletRequest forged = from("203.0.113.7", null);
        forged.addHeader("X-Forwarded-Proto", "https");
        MockHttpServletRequest plain = from("10.1.2.3", null);
        plain.addHeader("X-Forwarded-Proto", "http");

        assertThat(addresses.overTls(direct)).as("a TLS connection").isTrue();
        assertThat(addresses.overTls(proxied)).as("a trusted proxy's first hop").isTrue();
        assertThat(addresses.overTls(forged)).as("an untrusted peer's header").isFalse();
        assertThat(addresses.overTls(plain)).as("a trusted proxy on plain HTTP").isFalse();
        assertThat(addresses.overTls(from("10.1.2.3", null))).as("no header").isFalse();
    }
}
