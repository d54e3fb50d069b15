package cq.assist.webapi;

import cq.assist.web.WebCommonConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The web app. */
@SpringBootApplication
@Import(WebCommonConfiguration.class)
public class WebApiApplication {

    public static void main(String[] args) {
        SpringApplication.run(WebApiApplication.class, args);
    }
}
