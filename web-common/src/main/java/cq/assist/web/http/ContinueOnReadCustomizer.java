package cq.assist.web.http;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Makes Tomcat answer {@code Expect: 100-continue} only when the application starts reading the body
 * ({@code continueResponseTiming=onRead}; Tomcat's default sends the 100 before any filter runs). A body
 * the {@link RequestBodyLimitFilter} refuses by its declared length then gets the 413 instead of a 100,
 * so the client never starts sending it into a connection that is about to close.
 */
@Component
class ContinueOnReadCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.setProperty("continueResponseTiming", "onRead"));
    }
}
