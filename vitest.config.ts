import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

// Two projects: pure logic runs in Node; components run in jsdom with the real i18n and route tree.
export default defineConfig((env) =>
  mergeConfig(viteConfig(env), {
    test: {
      testTimeout: 20000,
      setupFiles: ['tests/setup.ts'],
      projects: [
        {
          extends: true,
          test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node' },
        },
        {
          extends: true,
          test: { name: 'component', include: ['tests/component/**/*.test.{ts,tsx}'], environment: 'jsdom' },
        },
      ],
    },
  }),
)
