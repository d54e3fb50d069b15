// v-perm="'task:task:claim'" (or an array: any of them) removes the element when the role lacks it,
// as RuoYi's v-hasPermi does.
import { can } from './session'

function allowed(value) {
  const codes = Array.isArray(value) ? value : [value]
  return codes.some((c) => can(c))
}

export const perm = {
  mounted(el, binding) {
    if (!allowed(binding.value)) el.parentNode && el.parentNode.removeChild(el)
  }
}
