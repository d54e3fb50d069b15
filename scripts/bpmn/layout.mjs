// Gives each BPMN file in workflow/src/main/resources/processes its diagram interchange (BPMN DI), laid
// out by bpmn-auto-layout, so Flowable's modeler or any BPMN viewer draws it. The process XML itself is
// kept byte for byte; only the <bpmndi:BPMNDiagram> block (and its namespaces) is replaced or added.
// Run after changing a process:  cd scripts/bpmn && npm ci && npm run layout
import { layoutProcess } from 'bpmn-auto-layout';
import { BpmnModdle } from 'bpmn-moddle';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('../../workflow/src/main/resources/processes/', import.meta.url).pathname;
const NAMESPACES = {
  bpmndi: 'http://www.omg.org/spec/BPMN/20100524/DI',
  dc: 'http://www.omg.org/spec/DD/20100524/DC',
  di: 'http://www.omg.org/spec/DD/20100524/DI'
};

for (const name of readdirSync(dir).filter((f) => f.endsWith('.bpmn20.xml')).sort()) {
  const file = join(dir, name);
  const original = readFileSync(file, 'utf8');
  const withoutDi = original.replace(/\n?\s*<bpmndi:BPMNDiagram[\s\S]*?<\/bpmndi:BPMNDiagram>/, '');
  const laidOut = await layoutProcess(await withFlowRefs(withoutDi));
  const diagram = laidOut.match(/<bpmndi:BPMNDiagram[\s\S]*?<\/bpmndi:BPMNDiagram>/);
  if (!diagram) {
    throw new Error(`${name}: no diagram produced`);
  }
  let result = withoutDi.replace(
    /<\/definitions>\s*$/,
    `  ${indent(spreadBoundaryLabels(withoutDi, diagram[0]))}\n</definitions>\n`
  );
  for (const [prefix, uri] of Object.entries(NAMESPACES)) {
    if (!result.includes(`xmlns:${prefix}=`)) {
      result = result.replace(/<definitions\b/, `<definitions xmlns:${prefix}="${uri}"`);
    }
  }
  writeFileSync(file, result);
  console.log(`${name}: ${(diagram[0].match(/<bpmndi:BPMNShape/g) || []).length} shapes, ${(diagram[0].match(/<bpmndi:BPMNEdge/g) || []).length} edges`);
}

// Flowable's files name each flow's source and target only; the layouter follows the nodes' incoming and
// outgoing references, so fill those in (in the copy it lays out, not in the file).
async function withFlowRefs(xml) {
  const moddle = new BpmnModdle();
  const { rootElement } = await moddle.fromXML(xml);
  for (const process of rootElement.rootElements.filter((e) => e.$type === 'bpmn:Process')) {
    for (const flow of process.flowElements.filter((e) => e.$type === 'bpmn:SequenceFlow')) {
      (flow.sourceRef.outgoing ||= []).push(flow);
      (flow.targetRef.incoming ||= []).push(flow);
    }
  }
  return (await moddle.toXML(rootElement)).xml;
}

// Two timers on one task sit side by side; put the first one's label to the left and the last one's to
// the right, so their names do not overlap.
function spreadBoundaryLabels(processXml, diagram) {
  const byHost = {};
  for (const m of processXml.matchAll(/<boundaryEvent\b[^>]*?\bid="([^"]+)"[^>]*?\battachedToRef="([^"]+)"/g)) {
    (byHost[m[2]] ||= []).push(m[1]);
  }
  for (const events of Object.values(byHost).filter((e) => e.length > 1)) {
    events.forEach((id, i) => {
      if (i !== 0 && i !== events.length - 1) {
        return;
      }
      const shape = new RegExp(`(<bpmndi:BPMNShape id="${id}_di"[^>]*>\\s*<dc:Bounds x="([\\d.]+)" y="([\\d.]+)"[^>]*/>)`);
      diagram = diagram.replace(shape, (all, head, x, y) => {
        const labelX = i === 0 ? Number(x) - 84 : Number(x) + 40;
        return `${head}<bpmndi:BPMNLabel><dc:Bounds x="${Math.round(labelX)}" y="${Math.round(Number(y) + 30)}" width="80" height="14" /></bpmndi:BPMNLabel>`;
      });
    });
  }
  return diagram;
}

function indent(xml) {
  // bpmn-auto-layout writes one element a line; indent them under <definitions>
  return xml.replace(/>\s*</g, '>\n<').split('\n').map((line, i) => (i === 0 ? line : '  ' + line)).join('\n');
}
