// The sandbox's greylist: pairs seen, each forgotten after `ttlMs`, and never more than `max`
// of them (the oldest go first), so a client inventing recipients cannot grow it without end.
import type { GreylistStore } from '../smtp/engine/context'

export function boundedGreylist({ max = 10_000, ttlMs = 24 * 60 * 60 * 1000, now = Date.now } = {}) {
  // Insertion order is age order: a Map iterates oldest first.
  const seen = new Map<string, number>()
  const store: GreylistStore & { readonly size: number } = {
    has(key) {
      const at = seen.get(key)
      if (at === undefined) return false
      if (now() - at > ttlMs) {
        seen.delete(key)
        return false
      }
      return true
    },
    add(key) {
      seen.delete(key)
      seen.set(key, now())
      while (seen.size > max) seen.delete(seen.keys().next().value as string)
    },
    get size() {
      return seen.size
    },
  }
  return store
}
