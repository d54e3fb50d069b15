package cq.assist.web.openapi;

import java.util.List;
import java.util.Map;

/**
 * What one app says about its HTTP API beyond what springdoc reads from the controllers: its title, the
 * paths that need no login, and the problem statuses each operation answers with besides the ones every
 * operation of its shape can produce (see {@link ProblemResponses}). Each app declares one bean.
 */
public interface ApiDescription {

    /** The document's title, e.g. {@code mobile-api}. */
    String title();

    /** One paragraph on who uses the app. */
    String summary();

    /** Ant patterns of the paths that need no login (they get no 401/403 and no bearer requirement). */
    List<String> openPaths();

    /**
     * The problem statuses named for an operation by {@code docs/API.md} (and what the code adds), keyed by
     * {@code "METHOD /api/v1/path"} with the path as the controller maps it, e.g.
     * {@code "POST /api/v1/tasks/{taskId}/claim" -> [404, 409]}.
     */
    Map<String, List<Integer>> problems();
}
