package cq.assist.web.test;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The message bundles both apps read (core, staff, web-common), as the apps read them, for tests without Spring. */
public final class Texts {

    private Texts() {}

    /** UTF-8, no fallback to the system locale: a missing Chinese text shows as a missing text. */
    public static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages/core", "messages/staff", "messages/web-common");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
