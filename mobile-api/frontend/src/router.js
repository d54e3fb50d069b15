import { createRouter, createWebHistory } from 'vue-router'
import { session, isWorker } from './api.js'

// The co-signing token travels in the URL fragment (/sign#token=...): a browser sends no fragment to a server
// or in a Referer. mobile-api redirects old links (/sign?token=...) to that form; the query is still read here
// for a dev server that does not redirect.
function signToken(r) {
  const fromHash = new URLSearchParams((r.hash || '').replace(/^#/, '')).get('token')
  return String(fromHash || r.query.token || '')
}

// App routes. mobile-api answers each of these paths with index.html (SpaRoutes.java); keep both lists equal.
const routes = [
  { path: '/', name: 'home', component: () => import('./views/Home.vue') },
  { path: '/login', name: 'login', component: () => import('./views/Login.vue'), meta: { public: true } },
  { path: '/real-name', name: 'realName', component: () => import('./views/RealName.vue') },
  { path: '/apply', name: 'apply', component: () => import('./views/Apply.vue') },
  { path: '/applications', name: 'applications', component: () => import('./views/Applications.vue') },
  { path: '/applications/:id', name: 'application', component: () => import('./views/ApplicationDetail.vue'), props: true },
  { path: '/applications/:id/charity/:projectId', name: 'charityApply', component: () => import('./views/CharityApply.vue'), props: true },
  { path: '/charity-requests/:id', name: 'charityRequest', component: () => import('./views/CharityRequest.vue'), props: true },
  { path: '/messages', name: 'messages', component: () => import('./views/Messages.vue') },
  { path: '/notices', name: 'notices', component: () => import('./views/Notices.vue'), meta: { public: true } },
  { path: '/me', name: 'me', component: () => import('./views/Me.vue') },
  { path: '/sign', name: 'sign', component: () => import('./views/CoSign.vue'), props: (r) => ({ token: signToken(r) }), meta: { public: true, bare: true } },
  { path: '/worker', name: 'worker', component: () => import('./views/worker/WorkerHome.vue'), meta: { worker: true } },
  { path: '/worker/apply', name: 'workerApply', component: () => import('./views/Apply.vue'), props: { proxy: true }, meta: { worker: true } },
  { path: '/worker/visits', name: 'visits', component: () => import('./views/worker/Visits.vue'), meta: { worker: true } },
  { path: '/worker/visits/:taskId', name: 'visit', component: () => import('./views/worker/VisitForm.vue'), props: true, meta: { worker: true } },
  { path: '/worker/alerts', name: 'alerts', component: () => import('./views/worker/Alerts.vue'), meta: { worker: true } },
  { path: '/worker/sign', name: 'inPerson', component: () => import('./views/worker/InPersonSign.vue'), meta: { worker: true } },
  { path: '/:rest(.*)*', redirect: '/' },
]

const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior: () => ({ top: 0 }),
})

router.beforeEach((to) => {
  if (!to.meta.public && !session.token) return { name: 'login', query: to.fullPath !== '/' ? { next: to.fullPath } : {} }
  if (to.meta.worker && !isWorker()) return { name: 'home' }
  if (to.name === 'home' && isWorker()) return { name: 'worker' }
})

export default router
