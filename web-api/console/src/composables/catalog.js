// The item catalog (GET /items), loaded once per session: names for filters and whether an item's
// decision sets an amount.
import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { get } from '@/api/http'

const items = ref([])
let loading = null

/** Loads the catalog once. */
export function loadCatalog() {
  if (!loading) {
    loading = get('/items')
      .then((list) => (items.value = list))
      .catch(() => {
        loading = null
      })
  }
  return loading
}

/** The catalog and a name function in the current language. */
export function useCatalog() {
  const { t, te } = useI18n()
  loadCatalog()
  const itemName = (code) => {
    if (!code) return ''
    if (te(`item.${code}`)) return t(`item.${code}`)
    const row = items.value.find((i) => i.code === code)
    return row ? row.name : code
  }
  const paysCash = (code) => {
    const row = items.value.find((i) => i.code === code)
    return !!(row && row.paysCash)
  }
  return { items, itemName, paysCash }
}
