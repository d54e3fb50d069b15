package cq.assist.webapi.catalog;

import cq.assist.core.region.Communities;
import cq.assist.core.region.Community;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/communities}: the communities (社区/村) by code with their names, for any signed-in staff
 * member: {@code [{code, name, street, district}]} in code order ({@code street}, {@code district}: null where the
 * seeds do not name them). The console shows a community's name where the API gives its 12-digit code
 * (application, notices, alerts, payment lines). Reference data, no personal data. Source: the seeds' region table.
 */
@RestController
class CommunityCatalogController {

    private final Communities communities;

    CommunityCatalogController(Communities communities) {
        this.communities = communities;
    }

    @GetMapping("/api/v1/communities")
    List<Community> communities() {
        return communities.all();
    }
}
