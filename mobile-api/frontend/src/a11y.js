// Screen readers (issue 11): a field's error message belongs to its field. Vant shows an error as a
// <div class="van-field__error-message"> after the control, which a screen reader neither ties to the
// control nor announces. This watches the page and, for each field with an error, gives the message an id
// and role="alert" (read out when it appears) and sets aria-invalid and aria-describedby on the field's
// control (input, textarea or the NativeSelect's select); when the error goes, both go.
let next = 0

function control(field) {
  return field.querySelector('input:not([type=hidden]):not([type=file]), textarea, select')
}

function sync(field) {
  const c = control(field)
  if (!c) return
  const message = field.querySelector(':scope .van-field__error-message')
  if (message && message.textContent.trim()) {
    if (!message.id) message.id = 'field-error-' + ++next
    message.setAttribute('role', 'alert')
    c.setAttribute('aria-invalid', 'true')
    c.setAttribute('aria-describedby', message.id)
  } else if (c.getAttribute('aria-invalid') === 'true') {
    c.removeAttribute('aria-invalid')
    c.removeAttribute('aria-describedby')
  }
}

/** Starts watching the document for field errors. */
export function watchFieldErrors(root = document.body) {
  const observer = new MutationObserver((changes) => {
    const fields = new Set()
    for (const change of changes) {
      const target = change.target.nodeType === 1 ? change.target : change.target.parentElement
      const field = target && target.closest('.van-field')
      if (field) fields.add(field)
      for (const n of change.addedNodes) if (n.nodeType === 1) n.querySelectorAll?.('.van-field').forEach((f) => fields.add(f))
    }
    fields.forEach(sync)
  })
  observer.observe(root, { childList: true, subtree: true, characterData: true })
  return observer
}

/**
 * The language of a name the server sends as written (a charity project, an organisation, an insurer) when it
 * has no English twin: 'zh-CN' when it holds Chinese characters, so a screen reader reads it in Chinese inside an
 * English page; undefined (no attribute) otherwise.
 */
export function nameLang(name) {
  return /[\u3400-\u9fff]/.test(name || '') ? 'zh-CN' : undefined
}
