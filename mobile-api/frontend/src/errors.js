import { showNotify } from 'vant'
import { t } from './i18n.js'
import { ApiError, NetworkError } from './api.js'

/**
 * Shows what went wrong with a call: the API's field errors go into `fieldErrors` (keyed by the JSON path
 * the problem names, shown under that field); anything else as a message at the top. Returns the
 * general message (or null when every problem belongs to a field).
 */
export function explain(e, fieldErrors) {
  if (fieldErrors) for (const k of Object.keys(fieldErrors)) delete fieldErrors[k]
  let message
  if (e instanceof NetworkError) message = t('err.network')
  else if (e instanceof ApiError) {
    if (fieldErrors && Object.keys(e.fields).length) {
      Object.assign(fieldErrors, e.fields)
      message = t('err.fix')
    } else if (e.status >= 500) message = t('err.server')
    else message = e.problem.detail || e.problem.title || t('err.server')
  } else {
    message = t('err.server')
    console.error(e)
  }
  showNotify({ type: 'danger', message, duration: 5000 })
  return message
}

/** Good news, shown in a green bar at the top that never covers what the user taps next. */
export function tell(message, duration = 3000) {
  showNotify({ type: 'success', message, duration })
}

/** Something the user should know that is not a fault of theirs (too late, not available). */
export function warn(message, duration = 5000) {
  showNotify({ type: 'warning', message, duration })
}
