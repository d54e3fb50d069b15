import { showNotify } from 'vant'
import { t } from './i18n.js'
import { ApiError, NetworkError } from './api.js'

/**
 * Shows what went wrong with a call: the API's field errors go into `fieldErrors` (keyed by the JSON path
 * the problem names, shown under that field); anything else as a message at the top. `how.shown(path)`
 * says whether the page has a field that shows the error of that path (default: every path when
 * `fieldErrors` is given); the errors of any other path are listed in the message, each after
 * `how.label(path)` when that names it, so no error the API gives is ever invisible. Returns the message.
 */
export function explain(e, fieldErrors, how = {}) {
  const { shown, label } = how
  if (fieldErrors) for (const k of Object.keys(fieldErrors)) delete fieldErrors[k]
  let message
  if (e instanceof NetworkError) message = t('err.network')
  else if (e instanceof ApiError) {
    const fields = Object.keys(e.fields)
    if (fields.length) {
      if (fieldErrors) Object.assign(fieldErrors, e.fields)
      const visible = (path) => !!fieldErrors && (shown ? shown(path) : true)
      const unmatched = fields
        .filter((path) => !visible(path))
        .map((path) => (label && label(path) ? label(path) + t('err.colon') : '') + e.fields[path])
      const lines = [...new Set(unmatched)]
      if (lines.length && lines.length === fields.length) message = lines.join('\n')
      else if (lines.length) message = t('err.fix') + '\n' + lines.join('\n')
      else message = t('err.fix')
    } else if (e.status === 503) message = t('err.busy') // admission control: the node is full, nothing was done
    else if (e.status >= 500) message = t('err.server')
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
