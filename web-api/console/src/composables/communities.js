// Community names by code (GET /communities), loaded once per session: screens show 金汤街社区 where the API
// gives 500103001001, the code beside it in small print.
import { ref } from 'vue'
import { get } from '@/api/http'

const communities = ref([])
let loading = null

/** Loads the communities once (again after a failure). */
export function loadCommunities() {
  if (!loading) {
    loading = get('/communities')
      .then((list) => (communities.value = list || []))
      .catch(() => {
        loading = null
      })
  }
  return loading
}

/** communityName(code): the community's name, or the code itself while unknown. */
export function useCommunities() {
  loadCommunities()
  const communityName = (code) => {
    if (!code) return ''
    const row = communities.value.find((c) => c.code === code)
    return row && row.name ? row.name : code
  }
  const known = (code) => communities.value.some((c) => c.code === code && c.name)
  return { communityName, known }
}
