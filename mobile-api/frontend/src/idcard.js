// Chinese resident ID numbers (GB 11643-1999): 17 digits and an ISO 7064 MOD 11-2 check character.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = '10X98765432'

/** The number as the API wants it: no spaces or separators, capital X. */
export function normaliseId(s) {
  return (s || '').replace(/[\s\-\u200b-\u200f]/g, '').toUpperCase()
}

/**
 * What is wrong with an ID number as typed so far, as a message key (with params), or null while it may
 * still be right. Partial input is judged only on its characters; the full 18 on date and check digit.
 */
export function idProblem(raw, complete = false) {
  const s = normaliseId(raw)
  if (!s) return complete ? { key: 'apply.required' } : null
  if (!/^\d{0,17}[\dX]?$/.test(s) || (s.length < 18 && s.includes('X'))) return { key: 'id.chars' }
  if (s.length !== 18) return s.length > 18 || complete ? { key: 'id.len', params: { n: s.length } } : null
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14)
  const date = new Date(Date.UTC(y, m - 1, d))
  if (y < 1900 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || date > new Date()) return { key: 'id.date' }
  let sum = 0
  for (let i = 0; i < 17; i++) sum += +s[i] * WEIGHTS[i]
  if (CHECK[sum % 11] !== s[17]) return { key: 'id.check' }
  return null
}

/** Age in whole years on today's date, from the birth date inside the number. */
export function ageOf(raw) {
  const s = normaliseId(raw)
  if (s.length !== 18) return null
  const b = new Date(+s.slice(6, 10), +s.slice(10, 12) - 1, +s.slice(12, 14))
  const now = new Date()
  let age = now.getFullYear() - b.getFullYear()
  if (now.getMonth() < b.getMonth() || (now.getMonth() === b.getMonth() && now.getDate() < b.getDate())) age--
  return age
}
