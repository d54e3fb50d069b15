package cq.assist.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.stereotype.Component;

/**
 * The client's address for per-IP limits. By default the TCP peer: a forwarded header is not believed.
 * Behind a reverse proxy, list the proxies in {@code assist.http.trusted-proxies} (addresses or CIDR
 * blocks, comma-separated): when the peer is one of them, the client is the right-most entry of
 * {@code X-Forwarded-For} that is not a trusted proxy (entries left of it are the client's own claims
 * and are ignored). The same rule decides whether the client reached us over TLS ({@link #overTls}), which
 * decides the {@code Strict-Transport-Security} header (security review L2).
 */
@Component
public class ClientAddresses {

    private static final String HEADER = "X-Forwarded-For";
    private static final String PROTO_HEADER = "X-Forwarded-Proto";
    /** How long browsers keep to HTTPS after an answer with the header: one year, in seconds. */
    public static final long HSTS_MAX_AGE_SECONDS = 365L * 24 * 60 * 60;

    private final List<Block> trusted = new ArrayList<>();

    public ClientAddresses(@Value("${assist.http.trusted-proxies:}") String trustedProxies) {
        for (String entry : trustedProxies.split(",")) {
            if (!entry.isBlank()) {
                trusted.add(Block.parse(entry.trim()));
            }
        }
    }

    /** The client address of this request (never null). */
    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (!isTrusted(peer)) {
            return peer;
        }
        String header = request.getHeader(HEADER);
        if (header == null || header.isBlank()) {
            return peer;
        }
        String[] hops = header.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !isTrusted(hop)) {
                return hop;
            }
        }
        return peer;
    }

    /**
     * True when the client reached us over TLS: the connection itself is TLS, or the peer is a trusted proxy
     * whose {@code X-Forwarded-Proto} (its first entry, the hop next to the client) says {@code https}. The
     * header of an untrusted peer is not believed.
     */
    public boolean overTls(HttpServletRequest request) {
        if (request.isSecure()) {
            return true;
        }
        String proto = request.getHeader(PROTO_HEADER);
        if (proto == null || !isTrusted(request.getRemoteAddr())) {
            return false;
        }
        return "https".equals(proto.split(",")[0].trim().toLowerCase(Locale.ROOT));
    }

    /**
     * The security headers' HSTS setting for both apps: {@code Strict-Transport-Security: max-age=31536000;
     * includeSubDomains} on every answer to a client that reached us over TLS ({@link #overTls}), also behind a
     * TLS-terminating proxy listed in {@code assist.http.trusted-proxies}; never on plain HTTP, where browsers
     * ignore it.
     */
    public Customizer<HeadersConfigurer<HttpSecurity>> strictTransportSecurity() {
        return headers -> headers.httpStrictTransportSecurity(hsts ->
                hsts.requestMatcher(this::overTls).includeSubDomains(true).maxAgeInSeconds(HSTS_MAX_AGE_SECONDS));
    }

    private boolean isTrusted(String address) {
        return trusted.stream().anyMatch(block -> block.contains(address));
    }

    private record Block(byte[] network, int prefix) {

        static Block parse(String text) {
            int slash = text.indexOf('/');
            byte[] address = literal(slash < 0 ? text : text.substring(0, slash));
            if (address == null) {
                throw new IllegalStateException("assist.http.trusted-proxies: not an IP address: " + text);
            }
            int prefix = slash < 0 ? address.length * 8 : Integer.parseInt(text.substring(slash + 1));
            return new Block(address, prefix);
        }

        boolean contains(String text) {
            byte[] address = literal(text);
            if (address == null || address.length != network.length) {
                return false;
            }
            int bits = network.length * 8;
            BigInteger mask = BigInteger.ONE
                    .shiftLeft(bits)
                    .subtract(BigInteger.ONE)
                    .shiftRight(prefix)
                    .not();
            return new BigInteger(1, address).and(mask).equals(new BigInteger(1, network).and(mask));
        }

        /** The bytes of an IP literal, or null for anything else (never a DNS lookup). */
        private static byte[] literal(String text) {
            boolean v4 = text != null && text.matches("\\d{1,3}(\\.\\d{1,3}){3}");
            boolean v6 = text != null && text.contains(":") && text.matches("[0-9A-Fa-f:.]+");
            if (!v4 && !v6) {
                return null;
            }
            try {
                return InetAddress.getByName(text).getAddress();
            } catch (UnknownHostException e) {
                return null;
            }
        }
    }
}
