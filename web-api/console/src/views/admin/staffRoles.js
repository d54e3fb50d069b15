// The roles an administrator may give a staff account (StaffPasswords.ROLES on the server).
export const ROLES = ['STREET_REVIEWER', 'DISTRICT_APPROVER', 'DEPARTMENT_REVIEWER', 'CHARITY', 'ADMIN', 'AUDITOR']
// reviewers and approvers work in a department of a region: they need both
const SCOPED = ['STREET_REVIEWER', 'DISTRICT_APPROVER', 'DEPARTMENT_REVIEWER']
export const DEPT_KINDS = ['CIVIL_AFFAIRS', 'HOUSING', 'JUSTICE', 'MEDICAL_SECURITY', 'EDUCATION', 'HRSS', 'EMERGENCY', 'DEVELOPMENT_REFORM']

/** Whether an account with these roles needs a department and a region. */
export const needsScope = (roles) => roles.some((r) => SCOPED.includes(r))
