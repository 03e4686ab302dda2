// Typed translation keys: a key missing from the English files fails the type check.
// Data namespaces (codes, enhanced, scenarios, compare, a lesson's text in learn/<lesson>) are keyed by code ids at run time;
// read those through `useDataText` (dynamic-text.ts) instead of typed `t`.
import 'i18next'
import type bounce from '../../locales/en/bounce.json'
import type browser from '../../locales/en/browser.json'
import type codes from '../../locales/en/codes.json'
import type codes5xx from '../../locales/en/codes-5xx.json'
import type common from '../../locales/en/common.json'
import type compare from '../../locales/en/compare.json'
import type compareUi from '../../locales/en/compare-ui.json'
import type enhanced from '../../locales/en/enhanced.json'
import type learn from '../../locales/en/learn.json'
import type scenarios from '../../locales/en/scenarios.json'
import type simulator from '../../locales/en/simulator.json'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common'
    resources: {
      common: typeof common
      simulator: typeof simulator
      browser: typeof browser
      bounce: typeof bounce
      codes: typeof codes & typeof codes5xx
      enhanced: typeof enhanced
      scenarios: typeof scenarios
      compare: typeof compare & typeof compareUi
      learn: typeof learn
    }
  }
}
