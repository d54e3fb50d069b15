// The one way the console talks to web-api: /api/v1 JSON with the bearer token, RFC 9457 problems as
// ApiError. Personal data never goes into a URL: reveal and decisions send it in bodies.
import { session } from '@/auth/session'
import { currentLocale } from '@/i18n'

const BASE = '/api/v1'

/** A failed call: the problem document's status, title, detail and field errors. */
export class ApiError extends Error {
  constructor(status, problem, headers) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`)
    this.status = status
    this.problem = problem || {}
    this.headers = headers
    this.errors = (problem && problem.errors) || []
  }

  /** The message of one field's error, or undefined. */
  fieldError(field) {
    const e = this.errors.find((x) => x.field === field)
    return e && e.message
  }
}

let onUnauthorized = () => {}
/** What to do when a token is refused (the router sends the user to the login page). */
export function setUnauthorizedHandler(fn) {
  onUnauthorized = fn
}

function headers(extra) {
  const h = { Accept: 'application/json, application/problem+json', 'Accept-Language': currentLocale(), ...extra }
  if (session.token) h.Authorization = `Bearer ${session.token}`
  return h
}

function query(params) {
  if (!params) return ''
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') q.append(k, v)
  }
  const s = q.toString()
  return s ? `?${s}` : ''
}

async function fail(res) {
  let problem = null
  try {
    problem = await res.json()
  } catch {
    problem = null
  }
  if (res.status === 401 && session.token) onUnauthorized()
  throw new ApiError(res.status, problem, res.headers)
}

/** Sends one request; returns {data, headers, status}. */
export async function request(method, path, { params, body, form, raw } = {}) {
  const init = { method, headers: headers() }
  if (form) {
    init.body = form
  } else if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json'
    init.body = JSON.stringify(body)
  }
  const res = await fetch(BASE + path + query(params), init)
  if (!res.ok) await fail(res)
  if (raw) return { data: await res.blob(), headers: res.headers, status: res.status }
  const text = res.status === 204 ? '' : await res.text()
  return { data: text ? JSON.parse(text) : null, headers: res.headers, status: res.status }
}

export const get = (path, params) => request('GET', path, { params }).then((r) => r.data)
export const post = (path, body) => request('POST', path, { body }).then((r) => r.data)
export const put = (path, body) => request('PUT', path, { body }).then((r) => r.data)

/** Downloads a file answer (xlsx, bank file) and saves it under the server's or the given name. */
export async function download(path, params, fallbackName) {
  const { data, headers: h } = await request('GET', path, { params, raw: true })
  const cd = h.get('Content-Disposition') || ''
  const m = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(cd)
  saveBlob(data, m ? decodeURIComponent(m[1]) : fallbackName)
}

/** Offers a blob to the browser as a download. */
export function saveBlob(blob, name) {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
