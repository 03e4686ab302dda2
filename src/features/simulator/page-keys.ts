/** The keys the simulator answers anywhere on the page but in a field (use-keyboard-shortcuts.ts). */
export const SIMULATOR_PAGE_KEYS = [' ', 'ArrowLeft', 'ArrowRight', 'Home', 'End'] as const
