// Chinese first, English switchable; the choice is kept in localStorage and sent as Accept-Language so
// problem details come back in the same language.
import { createI18n } from 'vue-i18n'
import zhCN from './locales/zh-CN.json'
import en from './locales/en.json'

const KEY = 'assist.console.locale'
const initial = localStorage.getItem(KEY) === 'en' ? 'en' : 'zh-CN'

export const i18n = createI18n({
  legacy: false,
  locale: initial,
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en }
})

/** The locale in use ('zh-CN' or 'en'). */
export function currentLocale() {
  return i18n.global.locale.value
}

/** Switches the language of every screen. */
export function setLocale(locale) {
  i18n.global.locale.value = locale
  localStorage.setItem(KEY, locale)
  document.documentElement.lang = locale
}
document.documentElement.lang = initial
