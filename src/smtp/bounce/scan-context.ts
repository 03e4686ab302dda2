// The words and characters around a number that tell scan.ts whether it is an SMTP code: what may
// stand right before and after a reply or an enhanced code, the words that cue a reply ("said
// 550"), and those after which a number is something else (a version, a section, an order number,
// a size, the code a program expected rather than the one it got).

export const UNIT =
  /^(?:[kmgt]i?b|bytes?|octets?|k|ms|msec|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|times|%|px|x)(?![A-Za-z])/i

export const ENHANCED_BEFORE = new Set(['#', '(', '[', '<', '"', "'", ';', '*', '`'])
export const ENHANCED_AFTER = new Set([')', ']', '>', ';', ',', '"', "'", '*', '`'])
// A full-width colon ("退回：550 …") ends a label in Chinese and Japanese text as a blank would.
export const REPLY_BEFORE = new Set(['#', "'", '"', ';', '(', '[', '<', '>', '*', '`', '：'])
export const REPLY_AFTER = new Set([')', ']', '"', "'", ',', ';', '*', '`', '>'])
export const SENTENCE_END = new Set(['.', ':', '!', '?'])

/** The code a program waited for, not the one it got: Swift Mailer's "Expected response code 250 but got …". */
export const EXPECTED_BEFORE = /expected response codes?(?:\(s\))? ?\[?"?(?:\d{3}"?, ?"?)*$/i

/** Words after which a number names a version or a place in a document, not a status. */
export const NOT_A_STATUS_WORDS = new Set([
  'version',
  'ver',
  'release',
  'build',
  'section',
  'sec',
  'chapter',
  'paragraph',
  'page',
  'step',
  'table',
  'figure',
  'rfc',
  'item',
])

/** Words after which a three-digit number is a reply code ("server said 550", "error 550"). */
export const REPLY_CUE_WORDS = new Set([
  'said',
  'returned',
  'was',
  'error',
  'code',
  'reply',
  'replied',
  'response',
  'responded',
  'status',
  'smtp',
  'esmtp',
  'answered',
  'responsecode',
])

/** Nouns after which "#550" is a number of something, not Exchange's "#550 5.1.1". */
export const NUMBERED_NOUNS = new Set([
  'order',
  'no',
  'number',
  'issue',
  'ticket',
  'case',
  'invoice',
  'bug',
  'item',
  'room',
  'box',
  'pr',
  'id',
  'ref',
  'commande',
  'bestellung',
  'sipari',
])

/** Header names whose value may be a bare reply code; any other "Header: 550" is just a number. */
export const CODE_HEADERS = new Set([
  'error',
  'reason',
  'reply',
  'response',
  'status',
  'code',
  'diagnostic-code',
  // HCL Domino's Delivery Failure Report: "because:                554 …".
  'because',
])
