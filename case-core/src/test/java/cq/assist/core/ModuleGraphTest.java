package cq.assist.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The modules depend on each other in one direction only (docs/ARCHITECTURE.md): apps → web-common →
 * workflow → case-core → sql, with the seeds beside (used by web-common, using case-core). Read from the
 * poms' main-scope dependencies on this project's modules (test jars and test scope left out), so a new
 * edge, or one pointing back up, fails here before it can grow. Cycles between case-core's feature
 * packages are {@link FeatureBoundariesTest}'s.
 */
class ModuleGraphTest {

    @Test
    void modulesDependDownwardsOnly() throws Exception {
        Path root = repositoryRoot();
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String module :
                new String[] {"sql", "case-core", "seeds", "workflow", "web-common", "web-api", "mobile-api"}) {
            graph.put(module, mainDependencies(root.resolve(module).resolve("pom.xml")));
        }
        assertThat(graph)
                .isEqualTo(Map.of(
                        "sql", Set.of(),
                        "case-core", Set.of("sql"),
                        "seeds", Set.of("case-core"),
                        "workflow", Set.of("case-core"),
                        "web-common", Set.of("workflow", "seeds"),
                        "web-api", Set.of("web-common"),
                        "mobile-api", Set.of("web-common")));
    }

    private static Set<String> mainDependencies(Path pom) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        Element project = doc.getDocumentElement();
        Set<String> modules = new TreeSet<>();
        NodeList dependencies = project.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            if (dependency.getParentNode().getParentNode() != project) {
                continue;
            }
            String artifact = text(dependency, "artifactId");
            String scope = text(dependency, "scope");
            String type = text(dependency, "type");
            if (artifact.startsWith("assist-") && !"test".equals(scope) && !"test-jar".equals(type)) {
                modules.add(artifact.substring("assist-".length()));
            }
        }
        return modules;
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
    }

    private static Path repositoryRoot() {
        for (String base : new String[] {System.getProperty("assist.repo", ""), ".", ".."}) {
            Path candidate =
                    Path.of(base.isEmpty() ? "." : base).toAbsolutePath().normalize();
            if (Files.isDirectory(candidate.resolve("case-core"))
                    && Files.isRegularFile(candidate.resolve("pom.xml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("cannot find the repository root (set -Dassist.repo=<repository root>)");
    }
}
