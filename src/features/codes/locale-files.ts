// What the code routes load before their pages render (see i18n/route-locale-files.ts). Kept apart
// from the pages so the route tree does not pull their code into the first chunk.
import { codeTextFiles } from '../../i18n/route-locale-files'

export const codesLocaleFiles = () => ['browser', 'codes', 'enhanced', 'scenarios']

/** `/tr/codes/550/` also needs 550's long text; an enhanced code's page the registry descriptions. */
export const codePageLocaleFiles = (code: string) => [...codesLocaleFiles(), ...codeTextFiles([code])]
