import { createApp } from 'vue'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import * as Icons from '@element-plus/icons-vue'
import App from './App.vue'
import { router } from './router'
import { i18n } from './i18n'
import { perm } from './auth/directive'
import './styles.css'
import { applyTheme } from './theme'

applyTheme()

const app = createApp(App)
for (const [name, component] of Object.entries(Icons)) app.component(name, component)
app.use(ElementPlus).use(i18n).use(router)
app.directive('perm', perm)
app.mount('#app')

// Element Plus's page-size select in el-pagination renders an input without a label (axe: "label");
// give every such input the label in the current language.
new MutationObserver(() => {
  for (const input of document.querySelectorAll('.el-pagination__sizes input')) {
    const label = i18n.global.t('common.pageSize')
    if (input.getAttribute('aria-label') !== label) input.setAttribute('aria-label', label)
  }
}).observe(document.body, { childList: true, subtree: true })
