// Element Plus's default palette puts white text on #409eff (contrast 2.9:1) and light tags below 3:1,
// which offices' accessibility checks (axe-core, WCAG 2.1 AA) refuse. The console uses darker brand
// colours and derives Element Plus's light/dark shades from them, as its theming guide does with CSS vars.
const PALETTE = {
  primary: '#1b62a0',
  success: '#256b29',
  warning: '#8a5100',
  danger: '#b03024',
  error: '#b03024',
  info: '#5c6068'
}

function mix(hex, withHex, weight) {
  const a = hex.match(/\w\w/g).map((x) => parseInt(x, 16))
  const b = withHex.match(/\w\w/g).map((x) => parseInt(x, 16))
  return '#' + a.map((v, i) => Math.round(v * (1 - weight) + b[i] * weight).toString(16).padStart(2, '0')).join('')
}

/** Sets the palette on :root (before the first render). */
export function applyTheme(root = document.documentElement) {
  for (const [name, hex] of Object.entries(PALETTE)) {
    root.style.setProperty(`--el-color-${name}`, hex)
    for (const n of [3, 5, 7, 8, 9]) root.style.setProperty(`--el-color-${name}-light-${n}`, mix(hex, '#ffffff', n / 10))
    root.style.setProperty(`--el-color-${name}-dark-2`, mix(hex, '#000000', 0.2))
  }
  root.style.setProperty('--el-text-color-secondary', '#5c5f66')
  root.style.setProperty('--el-text-color-placeholder', '#6b6f75')
}
