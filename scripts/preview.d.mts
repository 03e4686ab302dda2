// Types for scripts/preview.mjs, which playwright.config.ts imports.
export declare const CHROMIUM_ARGS: string[]
export declare function freePort(): Promise<number>
export declare function buildInto(outDir: string): boolean
export declare function startPreview(
  outDir: string,
  port?: number,
): Promise<{ url: string; stop: () => void }>
