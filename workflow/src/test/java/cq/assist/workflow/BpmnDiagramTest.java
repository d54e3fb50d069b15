package cq.assist.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.SequenceFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every process the engine deploys ({@code processes/*.bpmn20.xml}, found on the classpath, not listed by
 * hand, so a new process cannot skip it) carries its diagram interchange (BPMN DI), so a modeler draws it:
 * a shape for every flow node and an edge for every sequence flow. After changing or adding a process,
 * lay it out again with {@code cd scripts/bpmn && npm ci && npm run layout}.
 */
class BpmnDiagramTest {

    /** The file names of every deployed process, e.g. {@code application.bpmn20.xml}. */
    static List<String> processes() throws Exception {
        Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn20.xml");
        return java.util.Arrays.stream(found)
                .map(Resource::getFilename)
                .sorted()
                .toList();
    }

    @Test
    void theDeployedProcessesAreFound() throws Exception {
        assertThat(processes())
                .contains(
                        "application.bpmn20.xml",
                        "dibaoCase.bpmn20.xml",
                        "itemCase.bpmn20.xml",
                        "monitoringSchedule.bpmn20.xml");
    }

    @ParameterizedTest
    @MethodSource("processes")
    void everyNodeHasAShapeAndEveryFlowAnEdge(String process) throws Exception {
        BpmnModel model = read("processes/" + process);
        List<FlowElement> elements = List.copyOf(model.getMainProcess().getFlowElements());

        assertThat(elements).isNotEmpty();
        for (FlowElement element : elements) {
            if (element instanceof FlowNode) {
                assertThat(model.getGraphicInfo(element.getId()))
                        .as("%s: shape of %s (run npm run layout in scripts/bpmn)", process, element.getId())
                        .isNotNull();
            } else if (element instanceof SequenceFlow) {
                assertThat(model.getFlowLocationGraphicInfo(element.getId()))
                        .as("%s: edge of %s (run npm run layout in scripts/bpmn)", process, element.getId())
                        .isNotEmpty();
            }
        }
    }

    private static BpmnModel read(String resource) throws Exception {
        try (InputStream in = BpmnDiagramTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in, "UTF-8");
            return new BpmnXMLConverter().convertToBpmnModel(xml);
        }
    }
}
