// qmail-send's log writes the remote server's words with spaces as "_" and line breaks as "/":
// "delivery 5: failure: 130.57.1.11_does_not_like_recipient./Remote_host_said:_550_5.1.1_<…>_…/".
// Read as written, no code stands on its own ("_550_" is one word), so those lines are read back
// into words first, character for character and line for line, so that every offset and line
// number into the text as pasted still holds.

/** "@4000…c4 delivery 5: failure: …", after a syslog prefix or qmail's own "1106254522.375 " too. */
const QMAIL_DELIVERY = /^([^\n]*?\bdelivery \d+: (?:success|failure|deferral): )(\S+)$/gm

/** The text with each qmail-send delivery line's "_" and "/" as spaces, addresses kept. */
export function readableQmailLog(text: string): string {
  if (!text.includes('delivery ')) return text
  return text.replace(QMAIL_DELIVERY, (_line, head: string, said: string) => {
    // An address keeps its own "_" and "/" ("<john_doe@example.com>").
    const words = said.replace(/<[^<>\s]*>|[_/]/g, (m) => (m.length === 1 ? ' ' : m))
    return head + words
  })
}
