import { tanstackRouter } from '@tanstack/router-plugin/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { codesJsonPlugin } from './build/codes-json-plugin.ts'

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [tanstackRouter({ target: 'react', autoCodeSplitting: true }), react(), codesJsonPlugin()],
  server: { host: '127.0.0.1' },
  build: {
    // The server bundle (for prerendering) needs no copy of public/.
    copyPublicDir: !isSsrBuild,
    // One small stylesheet linked from every prerendered page: route chunks then never
    // bring their own CSS late, which would shift the layout after first paint.
    cssCodeSplit: false,
  },
}))
