// The signed-in staff member: token (sessionStorage, gone with the tab), who it is (GET /me) and what the
// token's roles allow. The server still checks every call; this only decides what the screens show.
import { reactive } from 'vue'
import { permissionsOf } from './permissions'

const KEY = 'assist.console.token'

export const session = reactive({
  token: sessionStorage.getItem(KEY),
  me: null,
  permissions: new Set()
})

/** Stores the token of a fresh login. */
export function setToken(token) {
  session.token = token
  if (token) sessionStorage.setItem(KEY, token)
  else sessionStorage.removeItem(KEY)
}

/** Stores who the token belongs to and derives the permissions. */
export function setMe(me) {
  session.me = me
  session.permissions = permissionsOf(me ? me.roles : [])
}

/** Forgets the session (after logout or a refused token). */
export function clearSession() {
  setToken(null)
  setMe(null)
}

/** True when the signed-in role may do what the permission code names ({@code module:resource:action}). */
export function can(code) {
  return session.permissions.has(code)
}
