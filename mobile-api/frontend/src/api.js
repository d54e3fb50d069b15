import { reactive } from 'vue'
import { locale } from './i18n.js'

/** The logged-in account: kept for this browser tab only (sessionStorage), never in a URL. */
export const session = reactive({
  token: sessionStorage.getItem('token'),
  roles: JSON.parse(sessionStorage.getItem('roles') || '[]'),
  expired: false,
})

export function logIn(token, roles, phone) {
  session.token = token
  session.roles = roles
  session.expired = false
  sessionStorage.setItem('token', token)
  sessionStorage.setItem('roles', JSON.stringify(roles))
  // the phone logged in with, so the form can offer it as the contact phone (this tab only)
  if (phone) sessionStorage.setItem('loginPhone', phone)
}

export function logOut() {
  session.token = null
  session.roles = []
  sessionStorage.removeItem('token')
  sessionStorage.removeItem('roles')
  sessionStorage.removeItem('loginPhone')
}

export const isWorker = () => session.roles.includes('COMMUNITY_WORKER')

/** An answer the API refused: status, the problem document and its field errors by JSON path. */
export class ApiError extends Error {
  constructor(status, problem, headers) {
    super((problem && (problem.detail || problem.title)) || 'HTTP ' + status)
    this.status = status
    this.problem = problem || {}
    this.headers = headers
    this.fields = {}
    for (const e of this.problem.errors || []) {
      if (e && e.field) this.fields[e.field] = e.message
    }
  }
  get type() {
    return this.problem.type || ''
  }
}

/** No answer at all (connection lost, offline): the caller keeps what was typed and offers a retry. */
export class NetworkError extends Error {}

/**
 * Calls the public JSON API under /api/v1. Sends the bearer token, the chosen language and JSON (or a
 * FormData as multipart). Resolves to the parsed body; rejects with ApiError or NetworkError.
 */
export async function api(method, path, body, extraHeaders = {}) {
  const headers = { Accept: 'application/json, application/problem+json', 'Accept-Language': locale.value, ...extraHeaders }
  if (session.token) headers.Authorization = 'Bearer ' + session.token
  const init = { method, headers }
  if (body instanceof FormData) init.body = body
  else if (body !== undefined) {
    headers['Content-Type'] = 'application/json'
    init.body = JSON.stringify(body)
  }
  let res
  try {
    res = await fetch('/api/v1' + path, init)
  } catch (e) {
    throw new NetworkError(String(e))
  }
  const text = await res.text()
  let data = null
  if (text) {
    try {
      data = JSON.parse(text)
    } catch (e) {
      data = null
    }
  }
  if (res.status === 401 && session.token && !path.startsWith('/auth/')) {
    logOut()
    session.expired = true
  }
  if (!res.ok) throw new ApiError(res.status, data, res.headers)
  return data
}

export const get = (path) => api('GET', path)
export const post = (path, body, headers) => api('POST', path, body === undefined ? {} : body, headers)
