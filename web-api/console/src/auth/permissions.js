// Permission codes in RuoYi's `module:resource:action` form, derived from the token's roles (the API's
// @PreAuthorize rules and StepPolicy, mirrored here so the console hides what a role cannot do).
const INBOX = ['task:inbox:list', 'task:inbox:export', 'task:task:claim', 'task:task:decide', 'casework:application:view', 'pii:id:reveal']

const BY_ROLE = {
  STREET_REVIEWER: [...INBOX, 'notice:notice:list', 'notice:objection:add', 'monitoring:alert:list'],
  DISTRICT_APPROVER: [
    ...INBOX,
    'notice:notice:list',
    'stats:dashboard:view',
    'monitoring:alert:list',
    'monitoring:alert:followUp',
    'payment:roll:list',
    'payment:roll:add',
    'payment:return:upload'
  ],
  DEPARTMENT_REVIEWER: [...INBOX],
  CHARITY: ['charity:project:list', 'charity:need:list', 'charity:need:decide'],
  // security auditor (安全审计员): reads and verifies the audit log only
  AUDITOR: ['admin:audit:list', 'admin:audit:verify'],
  // 三员分立: the administrator administers and reads figures; it reaches no case data (API: 404)
  ADMIN: [
    'stats:dashboard:view',
    'monitoring:alert:list',
    'monitoring:alert:followUp',
    'monitoring:run:view',
    'admin:parameter:list',
    'admin:parameter:add',
    'admin:calendar:view',
    'admin:calendar:edit',
    'admin:account:list',
    'admin:account:add',
    'admin:account:edit',
    'admin:account:roles',
    'admin:audit:list',
    'admin:audit:verify',
    'payment:roll:list',
    'payment:roll:add',
    'payment:return:upload'
  ]
}

/** The permission codes of a set of roles. */
export function permissionsOf(roles) {
  const out = new Set()
  for (const r of roles || []) for (const p of BY_ROLE[r] || []) out.add(p)
  return out
}
