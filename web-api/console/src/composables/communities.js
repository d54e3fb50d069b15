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
  // regionName(code): a district (6 digits), street (9) or community (12) by name, from the communities' own
  // street and district names; the code itself while unknown
  const regionName = (code) => {
    const c = String(code || '')
    if (c.length === 12) return communityName(c)
    const row = communities.value.find((x) => String(x.code).startsWith(c))
    const name = row && (c.length === 6 ? row.district : c.length === 9 ? row.street : null)
    return name || c
  }
  return { communityName, known, regionName }
}
