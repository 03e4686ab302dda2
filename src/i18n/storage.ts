// localStorage can be missing (server render), disabled (private mode) or throw on write (quota):
// every access goes through here so a storage failure only loses the saved preference.
export function readSetting(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null
  } catch {
    return null
  }
}

export function writeSetting(key: string, value: string): boolean {
  try {
    globalThis.localStorage?.setItem(key, value)
    return true
  } catch {
    return false
  }
}
