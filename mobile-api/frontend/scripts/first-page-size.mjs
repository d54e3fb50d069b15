// Issue 11, slow 3G: the script a phone downloads before the first page shows must stay under
// 200 KB gzip. Reads the build's manifest, takes for each page a visitor can land on first (login,
// home, co-signing link, public notices) the entry chunk, the view's chunk and every chunk they import
// statically (what the browser fetches before it renders), gzips each file as the server does, and
// fails the build (exit 1) when any first page is over the limit. Run after `vite build`.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'

const LIMIT = 200 * 1024
const OUT = new URL('../../target/classes/static/', import.meta.url).pathname
const FIRST_PAGES = ['src/views/Login.vue', 'src/views/Home.vue', 'src/views/CoSign.vue', 'src/views/Notices.vue']

const manifest = JSON.parse(readFileSync(join(OUT, '.vite', 'manifest.json'), 'utf8'))
const entry = Object.keys(manifest).find((k) => manifest[k].isEntry)
if (!entry) throw new Error('no entry chunk in the manifest')

/** The files of a chunk and of every chunk it imports statically, once each. */
function closure(key, files = new Set()) {
  const chunk = manifest[key]
  if (!chunk) throw new Error('not in the manifest: ' + key)
  if (files.has(chunk.file)) return files
  files.add(chunk.file)
  for (const imported of chunk.imports || []) closure(imported, files)
  return files
}

const gzipped = new Map()
function size(file) {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(join(OUT, file)), { level: 6 }).length)
  return gzipped.get(file)
}

let over = false
for (const page of FIRST_PAGES) {
  const files = closure(page, closure(entry))
  const js = [...files].filter((f) => f.endsWith('.js'))
  const total = js.reduce((sum, f) => sum + size(f), 0)
  const ok = total <= LIMIT
  over ||= !ok
  console.log(`${ok ? 'ok  ' : 'OVER'} first page ${page}: ${(total / 1024).toFixed(1)} KB gzip of script in ${js.length} files (limit ${LIMIT / 1024} KB)`)
  if (!ok) for (const f of js) console.log(`       ${f}: ${(size(f) / 1024).toFixed(1)} KB`)
}
if (over) {
  console.error('The first page loads more than 200 KB of gzipped script (issue 11, slow 3G): split the code or import less.')
  process.exit(1)
}
