import { reactive, watch } from 'vue'

// What the applicant has typed, kept across pages and reloads of this tab (sessionStorage) so nothing is
// lost when the network or the login drops. Cleared once the application is filed.
const KEY = 'apply.draft'

function blank() {
  return {
    step: 1,
    applicant: { name: '', idNumber: '', phone: '' },
    self: { disabilityGrade: null, student: false, employment: null },
    communityCode: null,
    address: '',
    ownsHome: null,
    areaSqm: '',
    members: [],
    causes: [],
    narrative: '',
    photo: null,
    signature: '',
    agreed: false,
    identityCheck: 'ID_CARD_IN_PERSON',
    idempotency: null,
  }
}

function load(mode) {
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY + '.' + mode) || 'null')
    return saved ? { ...blank(), ...saved } : blank()
  } catch (e) {
    return blank()
  }
}

const drafts = {}

/** The draft of one form ('self' for a resident, 'proxy' for a worker). */
export function draftFor(mode) {
  if (!drafts[mode]) {
    const d = reactive(load(mode))
    watch(d, () => sessionStorage.setItem(KEY + '.' + mode, JSON.stringify(d)), { deep: true })
    drafts[mode] = d
  }
  return drafts[mode]
}

export function clearDraft(mode) {
  Object.assign(draftFor(mode), blank())
  sessionStorage.removeItem(KEY + '.' + mode)
}

export const newMember = () => ({ name: '', idNumber: '', relation: null, phone: '', disabilityGrade: null, student: false, employment: null })
