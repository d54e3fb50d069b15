// Dates and money as offices read them: 2026-11-30 14:05 (China time, as the business clock), ¥810.00.

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23'
})

/** ISO date-time to "yyyy-MM-dd HH:mm" in China time (empty for none). */
export function dateTime(iso) {
  if (!iso) return ''
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const p = Object.fromEntries(parts.formatToParts(d).map((x) => [x.type, x.value]))
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`
}

/** ISO date or date-time to "yyyy-MM-dd". */
export function date(iso) {
  if (!iso) return ''
  return iso.length === 10 ? iso : dateTime(iso).slice(0, 10)
}

/** A yuan amount (decimal string) as "¥810.00"; empty for none. */
export function money(v) {
  if (v === null || v === undefined || v === '') return ''
  const n = Number(v)
  return Number.isNaN(n) ? String(v) : `¥${n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
}

/**
 * What an office keyboard types into a money field made plain: full-width digits and point from a Chinese
 * input method, thousands separators, a yuan sign or 元 dropped ("２，１３０．００元" -> "2130.00").
 */
export function normalizeAmount(v) {
  return String(v ?? '')
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s,，¥￥元]/g, '')
}
