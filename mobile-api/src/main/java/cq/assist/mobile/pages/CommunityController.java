package cq.assist.mobile.pages;

import cq.assist.core.region.Communities;
import cq.assist.core.region.Community;
import cq.assist.web.i18n.Reasons;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/communities} (no login): the communities people can apply in or read the public
 * notices of, {@code [{code, name, street, district}]} in code order. Reference data from the seeds; the names
 * in English for an English request ({@code Accept-Language: en}, the bundle {@code messages/names}).
 */
@RestController
class CommunityController {

    private final Communities communities;

    CommunityController(Communities communities) {
        this.communities = communities;
    }

    @GetMapping("/api/v1/communities")
    List<Community> list() {
        return communities.all().stream()
                .map(c -> new Community(
                        c.code(), Reasons.text(c.name()), Reasons.text(c.street()), Reasons.text(c.district())))
                .toList();
    }
}
