package cq.assist.mobile;

import cq.assist.web.WebCommonConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The mobile app. */
@SpringBootApplication
@Import(WebCommonConfiguration.class)
public class MobileApiApplication {

    public static void main(String[] args) {
        SpringApplication.run(MobileApiApplication.class, args);
    }
}
