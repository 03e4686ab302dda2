// The IANA registry's wording of an enhanced code, for its code page only: the route loader fetches
// it (a separate chunk) so reply code pages and every other page never download the 81 texts.
import { parseEnhancedCode } from '../../smtp/codes/enhanced-code-shape'

/** '5.1.1' or 'X.1.1' → the registry's description of X.1.1; anything else → undefined. */
export async function loadRegistryText(code: string): Promise<string | undefined> {
  const parsed = parseEnhancedCode(code)
  if (!parsed) return undefined
  const { REGISTRY_TEXT } = await import('../../smtp/codes/enhanced-registry-text')
  return REGISTRY_TEXT[`${parsed.subject}.${parsed.detail}`]
}
