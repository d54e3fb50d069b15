import { reactive, watchEffect } from 'vue'

/** Display preferences for older readers (适老化): larger type, higher contrast. Kept on the phone. */
export const prefs = reactive({
  large: localStorage.getItem('pref.large') === '1',
  contrast: localStorage.getItem('pref.contrast') === '1',
})

watchEffect(() => {
  const root = document.documentElement
  root.classList.toggle('large-text', prefs.large)
  root.classList.toggle('high-contrast', prefs.contrast)
  localStorage.setItem('pref.large', prefs.large ? '1' : '0')
  localStorage.setItem('pref.contrast', prefs.contrast ? '1' : '0')
})
