// The smallest app on the same stack (react-dom, TanStack Router, i18next + react-i18next) with
// two tiny routes: the floor against which the bench compares our initial download.
import {
  createRootRoute,
  createRoute,
  createRouter,
  Link,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router'
import i18next from 'i18next'
import { createRoot } from 'react-dom/client'
import { initReactI18next, useTranslation } from 'react-i18next'

void i18next.use(initReactI18next).init({
  lng: 'en',
  resources: { en: { translation: { home: 'Home', about: 'About' } } },
})

function Page({ k }: { k: 'home' | 'about' }) {
  const { t } = useTranslation()
  return <h1>{t(k)}</h1>
}

const rootRoute = createRootRoute({
  component: () => (
    <>
      <Link to="/">Home</Link> <Link to="/about">About</Link>
      <Outlet />
    </>
  ),
})
const routeTree = rootRoute.addChildren([
  createRoute({ getParentRoute: () => rootRoute, path: '/', component: () => <Page k="home" /> }),
  createRoute({ getParentRoute: () => rootRoute, path: '/about', component: () => <Page k="about" /> }),
])
const router = createRouter({ routeTree })
const root = document.getElementById('root')
if (root) createRoot(root).render(<RouterProvider router={router} />)
