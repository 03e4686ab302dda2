import { tanstackRouter } from '@tanstack/router-plugin/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { codesJsonPlugin } from './build/codes-json-plugin.ts'
import { contentSecurityPolicyPlugin } from './build/content-security-policy-plugin.ts'
import { deferredEntryPlugin } from './build/deferred-entry-plugin.ts'
import { languageManifestsPlugin } from './build/language-manifests-plugin.ts'
import { notFoundPlugin } from './build/not-found-plugin.ts'
import { scenarioModulesPlugin } from './build/scenario-modules-plugin.ts'

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [
    tanstackRouter({
      target: 'react',
      autoCodeSplitting: true,
      // A route's loader travels with its page, in one chunk: the code and comparison pages'
      // loaders need the catalogues their pages need anyway, and must not pull them into the
      // first chunk every page downloads (by default loaders stay in the route tree).
      codeSplittingOptions: {
        defaultBehavior: [['loader', 'component'], ['errorComponent'], ['notFoundComponent']],
      },
    }),
    react(),
    codesJsonPlugin(),
    scenarioModulesPlugin(),
    // In this order: the CSP hashes the inline scripts the entry deferral writes.
    deferredEntryPlugin(),
    contentSecurityPolicyPlugin(),
    notFoundPlugin(),
    languageManifestsPlugin(),
  ],
  server: { host: '127.0.0.1' },
  build: {
    // The server bundle (for prerendering) needs no copy of public/.
    copyPublicDir: !isSsrBuild,
    // One small stylesheet linked from every prerendered page: route chunks then never
    // bring their own CSS late, which would shift the layout after first paint.
    cssCodeSplit: false,
    // Every page needs all of React, the router and i18next: one framework chunk compresses
    // better than the pieces the splitter would otherwise cut along our lazy imports.
    rolldownOptions: isSsrBuild
      ? {}
      : { output: { codeSplitting: { groups: [{ name: 'framework', test: /node_modules[\\/]/ }] } } },
  },
}))
