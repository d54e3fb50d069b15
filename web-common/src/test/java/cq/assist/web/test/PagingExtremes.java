package cq.assist.web.test;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Paging extremes for the apps' endpoint tests (security review L3: {@code page=2147483647} wrapped the
 * offset into a negative {@code OFFSET} and answered 500). {@link #pagedLists} finds every {@code GET} under
 * {@code /api/v1} whose handler takes a {@code page} query parameter (a {@code @RequestParam} or a component
 * of a query record), from Spring MVC's own handler mapping, so a new paged list is tried by itself;
 * {@link #failures} sends each extreme and expects a 400 problem naming {@code page} or {@code size}.
 */
public final class PagingExtremes {

    /** Query sent, and the parameter the 400 must name. */
    public static final Map<String, String> EXTREMES = extremes();

    private PagingExtremes() {}

    private static Map<String, String> extremes() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("page=2147483647", "page");
        all.put("page=2147483647&size=100", "page");
        all.put("page=2147483648", "page");
        all.put("page=-1", "page");
        all.put("page=-2147483648", "page");
        all.put("page=100001", "page");
        all.put("size=0", "size");
        all.put("size=-1", "size");
        all.put("size=2147483647", "size");
        all.put("size=99999999999", "size");
        return all;
    }

    /** The paths of every {@code GET /api/v1/...} whose handler takes {@code page}, sorted. */
    public static List<String> pagedLists(RequestMappingHandlerMapping mappings) {
        TreeSet<String> paths = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> m :
                mappings.getHandlerMethods().entrySet()) {
            var methods = m.getKey().getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            if (!takesPage(m.getValue())) {
                continue;
            }
            m.getKey().getPatternValues().stream()
                    .filter(p -> p.startsWith("/api/v1/"))
                    .forEach(paths::add);
        }
        return new ArrayList<>(paths);
    }

    private static boolean takesPage(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
                if ("page".equals(name)) {
                    return true;
                }
                continue;
            }
            Class<?> type = parameter.getParameterType();
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    if ("page".equals(component.getName())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Sends every extreme to {@code path} with the caller of {@code api}; answers what went wrong (empty when
     * each was a 400 problem naming its parameter).
     */
    public static List<String> failures(HttpApi api, String path) {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> extreme : EXTREMES.entrySet()) {
            String call = path + (path.contains("?") ? "&" : "?") + extreme.getKey();
            HttpApi.Answer answer = api.get(call);
            if (answer.status() != 400) {
                failures.add("GET " + call + " -> " + answer.status() + ", not 400");
                continue;
            }
            JsonNode errors = answer.json() == null ? null : answer.json().get("errors");
            List<String> named = new ArrayList<>();
            if (errors != null) {
                errors.forEach(e -> named.add(e.get("field").asString()));
            }
            if (!named.contains(extreme.getValue())) {
                failures.add("GET " + call + " -> 400 naming " + named + ", not " + extreme.getValue());
            }
        }
        return failures;
    }
}
