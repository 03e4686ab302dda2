// What the bounce route loads before the page renders (see i18n/route-locale-files.ts). Kept apart
// from the page so the route tree does not pull the page's code into the first chunk.
export const bounceLocaleFiles = () => ['bounce']
