// Routes: each screen names the permission it needs; the side menu shows only what the role may open.
// Every path here must also be listed in web-api's ConsoleRoutes (the server answers it with index.html).
import { createRouter, createWebHistory } from 'vue-router'
import Layout from './layout/Layout.vue'
import { session, can, setMe, clearSession } from './auth/session'
import { get, setUnauthorizedHandler } from './api/http'

export const menuRoutes = [
  { path: '/inbox', name: 'inbox', component: () => import('./views/tasks/InboxView.vue'), meta: { title: 'menu.inbox', icon: 'Tickets', perm: 'task:inbox:list' } },
  { path: '/notices', name: 'notices', component: () => import('./views/notices/NoticesView.vue'), meta: { title: 'menu.notices', icon: 'Bell', perm: 'notice:notice:list' } },
  { path: '/dashboard', name: 'dashboard', component: () => import('./views/dashboard/DashboardView.vue'), meta: { title: 'menu.dashboard', icon: 'DataAnalysis', perm: 'stats:dashboard:view' } },
  { path: '/monitoring', name: 'monitoring', component: () => import('./views/monitoring/AlertsView.vue'), meta: { title: 'menu.monitoring', icon: 'Warning', perm: 'monitoring:alert:list' } },
  { path: '/charity/projects', name: 'charityProjects', component: () => import('./views/charity/ProjectsView.vue'), meta: { title: 'menu.charityProjects', icon: 'Present', perm: 'charity:project:list' } },
  { path: '/charity/needs', name: 'charityNeeds', component: () => import('./views/charity/NeedsView.vue'), meta: { title: 'menu.charityNeeds', icon: 'Help', perm: 'charity:need:list' } },
  { path: '/payments', name: 'payments', component: () => import('./views/payments/RollsView.vue'), meta: { title: 'menu.payments', icon: 'Money', perm: 'payment:roll:list' } },
  { path: '/admin/parameters', name: 'parameters', component: () => import('./views/admin/ParametersView.vue'), meta: { title: 'menu.parameters', icon: 'SetUp', perm: 'admin:parameter:list', group: 'admin' } },
  { path: '/admin/calendar', name: 'calendar', component: () => import('./views/admin/CalendarView.vue'), meta: { title: 'menu.calendar', icon: 'Calendar', perm: 'admin:calendar:view', group: 'admin' } },
  { path: '/admin/accounts', name: 'accounts', component: () => import('./views/admin/AccountsView.vue'), meta: { title: 'menu.accounts', icon: 'User', perm: 'admin:account:list', group: 'admin' } },
  { path: '/admin/audit', name: 'audit', component: () => import('./views/admin/AuditView.vue'), meta: { title: 'menu.audit', icon: 'Lock', perm: 'admin:audit:list', group: 'admin' } }
]

const routes = [
  { path: '/login', name: 'login', component: () => import('./views/login/LoginView.vue'), meta: { public: true, title: 'login.title' } },
  {
    path: '/',
    component: Layout,
    children: [
      // the first screen the role may open, worked out after the login guard (a route redirect runs before the
      // guards, with no session yet, and sent every fresh visitor to /forbidden after logging in)
      { path: '', name: 'home', component: () => import('./views/ForbiddenView.vue'), beforeEnter: () => firstAllowed() },
      ...menuRoutes,
      { path: '/applications/:id', name: 'application', component: () => import('./views/applications/ApplicationView.vue'), meta: { title: 'menu.application', perm: 'casework:application:view', hidden: true } },
      // every signed-in account may change its own password (POST /me/password); reached from the user menu
      { path: '/account/password', name: 'password', component: () => import('./views/account/PasswordView.vue'), meta: { title: 'menu.password', hidden: true } },
      { path: '/forbidden', name: 'forbidden', component: () => import('./views/ForbiddenView.vue'), meta: { title: 'menu.forbidden', hidden: true } }
    ]
  },
  { path: '/:rest(.*)*', redirect: '/' }
]

/** The first screen the role may open. */
export function firstAllowed() {
  const r = menuRoutes.find((m) => can(m.meta.perm))
  return r ? r.path : '/forbidden'
}

export const router = createRouter({ history: createWebHistory(), routes })

setUnauthorizedHandler(() => {
  clearSession()
  if (router.currentRoute.value.name !== 'login') router.push({ name: 'login', query: { expired: '1' } })
})

router.beforeEach(async (to) => {
  if (to.meta.public) return true
  if (!session.token) return { name: 'login', query: to.fullPath !== '/' ? { redirect: to.fullPath } : {} }
  if (!session.me) {
    try {
      setMe(await get('/me'))
    } catch {
      clearSession()
      return { name: 'login' }
    }
  }
  if (to.meta.perm && !can(to.meta.perm)) return { name: 'forbidden' }
  return true
})
