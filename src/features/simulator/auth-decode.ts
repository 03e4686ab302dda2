// AUTH sends its secrets in base64 (RFC 4954 §4): the diagram shows them decoded beside the wire
// form, because base64 is an encoding, not encryption — which is the lesson.
const BASE64 = /^[A-Za-z0-9+/]{4,}={0,2}$/

function decode(b64: string): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(
      Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)),
    )
    return text
  } catch {
    return undefined
  }
}

const printable = (s: string) => /^[\u0020-\u007e\u00a0-\uffff]+$/.test(s)

/** 'AUTH PLAIN AGFsaWNl…' → 'alice / correct-horse'; a bare base64 line after 334 → its text. */
export function decodeAuthLine(line: string): string | undefined {
  const plain = /^AUTH\s+PLAIN\s+(\S+)$/i.exec(line)
  if (plain) {
    const parts = decode(plain[1] ?? '')?.split('\u0000')
    return parts && parts.length === 3 ? `${parts[1]} / ${parts[2]}` : undefined
  }
  const login = /^AUTH\s+LOGIN\s+(\S+)$/i.exec(line)
  const b64 = login?.[1] ?? (BASE64.test(line) && !/^[A-Z]{4}$/.test(line) ? line : undefined)
  if (!b64) return undefined
  const text = decode(b64)
  return text && text.length >= 3 && printable(text) ? text : undefined
}
