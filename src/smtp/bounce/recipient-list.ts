// A paste that lists its recipients in one line ("Recipients: bob@…, carol@…", Exim's and Gmail's
// X-Failed-Recipients, a log's "recipients: bob@…, carol@…: 550 …") above a reply. The reply says
// which of them it refused when it names some ("RCPT TO:<carol@…> 550 …", "… (carol@…)"); a
// reply that names none (a refused sender, "550 5.1.1 User unknown" alone) is about them all.

import { findAddress } from './dsn'

const ADDRESS = String.raw`<?[^\s<>@"',;:：，；（）]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}>?`
/** "Recipients: a@…, b@…", "rcpt: {a@…; b@…}": two addresses at least, in a row. */
const LIST_IN_TEXT = new RegExp(
  String.raw`(?:^|[\s,(])(?:recipients?|rcpts?)[ \t]*[:=][ \t]*[{[(]?[ \t]*((?:${ADDRESS}[ \t]*[,;][ \t]*)+${ADDRESS})`,
  'gi',
)

/** Where a list stands in the text: its addresses are not named again by it. */
export interface ListSpan {
  start: number
  end: number
}

/** The recipients a header field or a line of the text lists, the sender's own addresses left out. */
export function listedRecipients(
  human: string,
  headers: Map<string, string>,
  isSender: (address: string) => boolean,
): { listed: string[]; lists: ListSpan[] } {
  const field =
    headers.get('x-failed-recipients') ?? headers.get('recipientaddress') ?? headers.get('recipients') ?? ''
  const found = [...human.matchAll(LIST_IN_TEXT)]
  const lists = found.map((m) => ({ start: m.index, end: m.index + m[0].length }))
  // The addresses of the first lists only: a paste of thousands of lists names no more recipients.
  const listed = [field.replace(/^\{|\}$/g, ''), ...found.slice(0, 20).map((m) => m[1] as string)]
    .flatMap((list) => list.split(/[,;]/))
    .map((a) => findAddress(a))
    .filter((a): a is string => a !== undefined && !isSender(a))
  return { listed: [...new Set(listed)], lists }
}

/**
 * The listed recipients the rest of the text names again, outside the lists themselves and outside
 * a line that accepts it ("250 2.1.5 <carol@…>... Recipient ok"): the ones its reply is about.
 */
export function namedAgain(human: string, listed: string[], lists: ListSpan[]): string[] {
  let rest = ''
  let from = 0
  for (const list of lists) {
    rest += `${human.slice(from, list.start)} `
    from = list.end
  }
  rest += human.slice(from)
  // Every address the rest names, once: a list of thousands costs one pass, not one per address.
  const named = new Set<string>()
  for (const line of rest.split('\n')) {
    if (/(?:^|\s)2\d\d[ -]/.test(line)) continue
    for (const m of line.matchAll(NAMED)) named.add((m[1] as string).toLowerCase())
  }
  return listed.filter((address) => named.has(address))
}

/** An address as a whole: "bob@…" is not the end of "jimbob@…", nor "…@example.net" of "…@example.network". */
const NAMED =
  /(?<![\w.!#$%&'*+/=?^`{|}~-])([\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})(?![\w-])/g
