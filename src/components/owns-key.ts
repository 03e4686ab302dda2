/**
 * Whether a key pressed at `target` belongs to the control itself (typing, choosing, or Space
 * pressing a button) rather than to the page's own shortcuts.
 */
export function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target.closest('input, textarea, select')) return true
  return key === ' ' && target.closest('button, a, summary') !== null
}
