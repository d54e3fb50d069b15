// Renders a process with bpmn-js in headless Chromium to a PNG for the README.
// Usage: node render.mjs [processFile] [out.png]   (defaults: application.bpmn20.xml -> docs/application-process.png)
// Needs /usr/bin/chromium (or CHROMIUM=...) and a CJK font (fonts-noto-cjk) for the Chinese names.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const process_ = resolve(root, 'workflow/src/main/resources/processes', process.argv[2] || 'application.bpmn20.xml');
const out = resolve(root, process.argv[3] || 'docs/application-process.png');
const modules = new URL('./node_modules/bpmn-js/dist/', import.meta.url).pathname;
const xml = readFileSync(process_, 'utf8');

const work = mkdtempSync(join(tmpdir(), 'bpmn-render-'));
const page = join(work, 'render.html');
writeFileSync(page, `<!doctype html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="file://${modules}assets/bpmn-js.css">
<style>html,body{margin:0;background:#fff} #canvas{width:100vw;height:100vh}
 .djs-container svg text{font-family:"Noto Sans CJK SC","Noto Sans SC",sans-serif !important}</style>
</head><body><div id="canvas"></div>
<script src="file://${modules}bpmn-viewer.production.min.js"></script>
<script>
  const viewer = new BpmnJS({ container: '#canvas' });
  viewer.importXML(${JSON.stringify(xml)}).then(() => {
    viewer.get('canvas').zoom('fit-viewport', 'auto');
    document.title = 'rendered';
  }).catch((e) => { document.body.innerText = 'FAILED ' + e; });
</script></body></html>`);

const [width, height] = (process.env.SIZE || '1800,900').split(',');
execFileSync(process.env.CHROMIUM || '/usr/bin/chromium', [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--allow-file-access-from-files', `--user-data-dir=${join(work, 'profile')}`,
  '--hide-scrollbars', `--window-size=${width},${height}`, '--virtual-time-budget=5000',
  `--screenshot=${out}`, `file://${page}`
], { stdio: 'inherit' });
console.log(`wrote ${out}`);
