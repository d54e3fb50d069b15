import { ref } from 'vue'
import { Locale } from 'vant'
import enUS from 'vant/es/locale/lang/en-US'
import zhCN from 'vant/es/locale/lang/zh-CN'
import messages from './locales/messages.js'

/** The language shown: 'zh-CN' (default) or 'en'. Kept on the phone, sent to the API as Accept-Language. */
export const locale = ref(localStorage.getItem('locale') === 'en' ? 'en' : 'zh-CN')

function apply(l) {
  document.documentElement.lang = l === 'en' ? 'en' : 'zh-CN'
  if (l === 'en') Locale.use('en-US', enUS)
  else Locale.use('zh-CN', zhCN)
}
apply(locale.value)

export function setLocale(l) {
  locale.value = l
  localStorage.setItem('locale', l)
  apply(l)
}

/** The text of a key in the current language, with {name} placeholders filled in. */
export function t(key, params) {
  const pair = messages[key]
  let s = pair ? (locale.value === 'en' ? pair[1] : pair[0]) : key
  if (params) for (const [k, v] of Object.entries(params)) s = s.replaceAll('{' + k + '}', v ?? '')
  return s
}

/** An item of the happiness list by its code: the server's Chinese name, or its English name in English. */
export function itemName(code, chinese) {
  const pair = messages['itemName.' + code]
  return locale.value === 'en' && pair ? pair[1] : chinese
}

/** A field a charity consent shares, by its code: the server's Chinese label, or English in English. */
export function fieldLabel(code, chinese) {
  const pair = messages['charityField.' + code]
  return locale.value === 'en' && pair ? pair[1] : chinese
}

/** A community as a list shows it: 金汤街社区（渝中区）, or Jintangjie Community (Yuzhong District) in English. */
export function communityLabel(c) {
  if (!c.district) return c.name
  return locale.value === 'en' ? c.name + ' (' + c.district + ')' : c.name + '（' + c.district + '）'
}

/** A date-time as people here read it: 2026年12月3日 17:00 (or Dec 3, 2026, 17:00). */
export function when(iso, withTime = true) {
  if (!iso) return ''
  const d = new Date(iso)
  const opts = { year: 'numeric', month: 'long', day: 'numeric' }
  if (withTime) Object.assign(opts, { hour: '2-digit', minute: '2-digit', hour12: false })
  return d.toLocaleString(locale.value === 'en' ? 'en-GB' : 'zh-CN', { ...opts, timeZone: 'Asia/Shanghai' })
}
