// The derived differences between any two codes: basic (RFC 5321 §4.2), enhanced (RFC 3463, as
// '5.1.1' or 'X.1.1') or one of each. Ids only; locales/<lng>/compare.json turns them into text.
//
// A basic code carries its own facts (reply-codes.ts). An enhanced code's facts are derived:
//   - transient / retry from its class (RFC 3463 §2): 2 success → not needed, 4 persistent
//     transient → retry later, 5 permanent → do not retry; 'X' (any class) → undefined;
//   - stages from the basic codes the IANA registry pairs it with (only those of the same class
//     when there are any, so 5.1.1 takes 550's stages, not 451's), narrowed in STAGES_BY_CODE;
//     none listed → ['any'];
//   - actor from its subject (RFC 3463 §3.2–3.8), the party that usually has to act:
//       X.0 other → sender-admin, X.1 addressing → sender, X.2 mailbox → recipient,
//       X.3 mail system → recipient-admin, X.4 network/routing → recipient-admin,
//       X.5 protocol → client, X.6 content/media → sender, X.7 security/policy → sender-admin;
//     with the exceptions in ACTOR_BY_CODE (a message too big, a login problem, a closed list,
//     an expired message); and 'nobody' for class 2, which reports success;
//   - provenance 'core' when RFC 3463 defines it, 'extension' when a later RFC added it.

import { findEnhancedCode, subjectAndDetail } from '../codes/enhanced-codes'
import { findReplyCode, STAGES } from '../codes/reply-codes'
import { type ClassKey, findCuratedPair, genericGuidanceId } from './compare-notes'

export { CLASS_KEYS, CURATED_PAIRS, type CuratedPair, GENERIC_GUIDANCE_IDS } from './compare-notes'

import type {
  Actor,
  EnhancedClass,
  EnhancedCode,
  Provenance,
  ReplyClass,
  ReplyCode,
  RetryAdvice,
  RfcRef,
  Stage,
} from '../codes/types'

export interface ComparedCode {
  /** Normalised: '550', '5.1.1', 'X.1.1'. */
  code: string
  kind: 'reply' | 'enhanced'
  cls: ReplyClass | EnhancedClass | 'X'
  /** true for class 4, false for class 5, undefined for success/intermediate and 'X'. */
  transient: boolean | undefined
  /** undefined only for an 'X' enhanced code, whose class (and so retry advice) is open. */
  retry: RetryAdvice | undefined
  actor: Actor
  /** In session order (STAGES). */
  stages: Stage[]
  provenance: Provenance
  refs: RfcRef[]
}

export type DifferenceId = 'kind' | 'class' | 'transience' | 'retry' | 'stages' | 'actor' | 'provenance'

export const DIFFERENCE_IDS: readonly DifferenceId[] = [
  'kind',
  'class',
  'transience',
  'retry',
  'stages',
  'actor',
  'provenance',
]

export interface Difference {
  id: DifferenceId
  a: string | string[]
  b: string | string[]
}

export interface Comparison {
  a: ComparedCode
  b: ComparedCode
  /** Only the aspects that differ, in DIFFERENCE_IDS order. */
  differences: Difference[]
  /** The aspects that are equal. */
  same: DifferenceId[]
  /** True when the registry pairs the two (a basic code and an enhanced code it is usually sent with). */
  paired: boolean
  /** Ids of notes (locales compare.json notes.<id>); the same for (a, b) and (b, a). */
  notes: string[]
  /** i18n keys in the compare namespace: curated for curated pairs, else generic by class combination. */
  guidance: { operator: string; agent: string }
  /** The curated pair id when there is one (teaser.<id> exists for it). */
  curated?: string
}

export type CompareError = { error: 'unknown-a' | 'unknown-b' | 'same' }

/** Actor by enhanced subject digit (see the header comment). */
const ACTOR_BY_SUBJECT: readonly Actor[] = [
  'sender-admin',
  'sender',
  'recipient',
  'recipient-admin',
  'recipient-admin',
  'client',
  'sender',
  'sender-admin',
]

/**
 * Codes whose party is not their subject's: a message too big (X.2.3, X.3.4, X.7.16) is the
 * sender's to shrink (RFC 3463 §3.3, §3.4), a login problem (X.7.8–X.7.13) the sender's to fix in
 * the mail program or with the provider (RFC 4954 §6, RFC 5248), as the basic codes they pair with
 * (552, 535, 534, 538, 432) say; a list that refuses posters (X.7.2) is its owner's to open. Also
 * the sender's: a message that uses features the next hop lacks (X.3.3, RFC 3463 §3.4: send it
 * without them) and a recipient whose address changed after the sender's RRVS date (X.7.17–X.7.19,
 * RFC 7293 §3: confirm the current address). And an expired message (X.4.7), in either class: the
 * class digit does not say whether it is still queued, the report's Action field does (RFC 3464
 * §2.3.3), and a 4.4.7 also comes with Action: failed (RFC 3463 §2: a class 4 code may accompany a
 * failure report; Exchange's "550 4.4.7 QUEUE.Expired"); once it came back, only the sender can send
 * it again.
 */
const ACTOR_BY_CODE: Readonly<Record<string, Actor>> = {
  '2.3': 'sender',
  '3.3': 'sender',
  '3.4': 'sender',
  '4.7': 'sender',
  '7.16': 'sender',
  '7.8': 'sender',
  '7.9': 'sender',
  '7.10': 'sender',
  '7.11': 'sender',
  '7.12': 'sender',
  '7.13': 'sender',
  '7.17': 'sender',
  '7.18': 'sender',
  '7.19': 'sender',
  '7.2': 'recipient-admin',
}

/**
 * Codes met in delivery reports whose class digit does not tell the reader what became of the
 * message: the report's Action field does (RFC 3464 §2.3.3). A comparison that involves one carries
 * the note `notes.<id>`, so the class and retry lines are not read as "still queued": an expired
 * message (X.4.7), and a message integrity failure (X.7.7, which RFC 3463 §3.8 allows as a
 * successful, persistent transient or permanent code; its 4.7.7 may also come with Action: failed,
 * RFC 3463 §2). The `expired` note also says that X.4.7's party ('sender') acts only once the
 * message has come back: while the report says Action: delayed, nobody has to.
 */
const ACTION_FIELD_NOTES: Readonly<Record<string, string>> = { '4.7': 'expired', '7.7': 'integrity' }

/**
 * Codes that come at fewer stages than all those of the basic codes they pair with: X.6.9 only
 * after the final "." (RFC 6531 §3.5), a message too big (X.3.4) at MAIL FROM's SIZE (RFC 1870) or
 * after the data, a full mailbox (X.2.2) at RCPT TO or after the data, a refused login (X.7.8) at AUTH.
 */
const STAGES_BY_CODE: Readonly<Record<string, Stage[]>> = {
  '6.9': ['data-end'],
  // A lossy conversion (X.6.4) and DKIM or ARC verdicts (X.7.20–X.7.22, X.7.26, X.7.29, RFC 7372,
  // RFC 8617) exist only once the message has been received.
  '6.4': ['data-end', 'bdat'],
  '7.20': ['data-end', 'bdat'],
  '7.21': ['data-end', 'bdat'],
  '7.22': ['data-end', 'bdat'],
  '7.26': ['data-end', 'bdat'],
  '7.29': ['data-end', 'bdat'],
  // A UTF-8 reply the client did not allow (X.6.8) answers VRFY and EXPN (RFC 6531 §3.7.4.2).
  '6.8': ['vrfy', 'expn'],
  // Address syntax and the sender's domain are judged where the address is given: the recipient's
  // at RCPT TO (X.1.3), the sender's at MAIL FROM (X.1.7, X.1.8, and a null MX, X.7.27, RFC 7505
  // §4.2), or at RCPT TO where the server waits to refuse (Postfix's default smtpd_delay_reject =
  // yes); a non-ASCII address without SMTPUTF8 (X.6.7, RFC 6531 §3.5) at either.
  '1.3': ['rcpt'],
  // A bad destination mailbox (X.1.1) is the recipient's: refused at RCPT TO, at VRFY, or per
  // recipient after the data, never at EHLO, HELO or MAIL FROM, where the sender's address is
  // judged with X.1.7 and X.1.8 (RFC 3463 §3.2). A bad destination system (X.1.2) is refused at
  // RCPT TO (Postfix's reject_unknown_recipient_domain); otherwise the sending side reports it in a
  // DSN, at no stage of a session. X.1.2 has no basic code in the registry, so without this it
  // would read "any command".
  '1.1': ['rcpt', 'data-end', 'bdat', 'vrfy'],
  '1.2': ['rcpt'],
  '1.7': ['mail', 'rcpt'],
  '1.8': ['mail', 'rcpt'],
  '7.27': ['mail', 'rcpt'],
  '6.7': ['mail', 'rcpt'],
  '3.4': ['mail', 'data-end', 'bdat'],
  '2.2': ['rcpt', 'data-end', 'bdat'],
  '7.8': ['auth'],
}

const RETRY_BY_CLASS: Record<EnhancedClass, RetryAdvice> = {
  2: 'not-needed',
  4: 'retry-later',
  5: 'do-not-retry',
}

/** Describes one code, or undefined when it is neither a known reply code nor a registered enhanced code. */
export function describeCode(input: string): ComparedCode | undefined {
  const s = input.trim()
  const reply = /^\d{3}$/.test(s) ? findReplyCode(s) : undefined
  if (reply) return fromReply(reply)
  const enhanced = findEnhancedCode(s)
  return enhanced ? fromEnhanced(enhanced.entry, enhanced.cls) : undefined
}

function fromReply(r: ReplyCode): ComparedCode {
  const cls = Number(r.code[0]) as ReplyClass
  return {
    code: r.code,
    kind: 'reply',
    cls,
    transient: transienceOf(cls),
    retry: r.retry,
    actor: r.actor,
    stages: inStageOrder(r.stages),
    provenance: r.provenance,
    refs: r.refs,
  }
}

function fromEnhanced(entry: EnhancedCode, cls: EnhancedClass | 'X'): ComparedCode {
  const subject = subjectAndDetail(entry.id)?.subject ?? 0
  const basics = entry.basic.map((c) => findReplyCode(c)).filter((r): r is ReplyCode => r !== undefined)
  const sameClass = cls === 'X' ? basics : basics.filter((r) => r.code[0] === String(cls))
  const source = sameClass.length > 0 ? sameClass : basics
  const stages =
    STAGES_BY_CODE[entry.id] ??
    (source.length > 0 ? inStageOrder(source.flatMap((r) => r.stages)) : (['any'] as Stage[]))
  return {
    code: `${cls}.${entry.id}`,
    kind: 'enhanced',
    cls,
    transient: cls === 'X' ? undefined : transienceOf(cls),
    retry: cls === 'X' ? undefined : RETRY_BY_CLASS[cls],
    actor: cls === 2 ? 'nobody' : (ACTOR_BY_CODE[entry.id] ?? ACTOR_BY_SUBJECT[subject] ?? 'sender-admin'),
    stages,
    provenance: entry.refs.some((r) => r.rfc === 3463) ? 'core' : 'extension',
    refs: entry.refs,
  }
}

/** The Action-field note an enhanced code calls for ('5.4.7' → 'expired'), if any. */
function actionFieldNote(side: ComparedCode): string | undefined {
  if (side.kind !== 'enhanced') return undefined
  return ACTION_FIELD_NOTES[side.code.slice(side.code.indexOf('.') + 1)]
}

const transienceOf = (cls: number): boolean | undefined => (cls === 4 ? true : cls === 5 ? false : undefined)

function inStageOrder(stages: readonly Stage[]): Stage[] {
  const set = new Set(stages)
  return STAGES.filter((s) => set.has(s))
}

/** Comparable value of an aspect: a string, or a sorted list for stages. */
export function aspectOf(side: ComparedCode, id: DifferenceId): string | string[] {
  switch (id) {
    case 'kind':
      return side.kind
    case 'class':
      return String(side.cls)
    case 'transience':
      return side.transient === undefined ? 'none' : side.transient ? 'transient' : 'permanent'
    case 'retry':
      return side.retry ?? 'unknown'
    case 'stages':
      return side.stages
    case 'actor':
      return side.actor
    case 'provenance':
      return side.provenance
  }
}

const equal = (x: string | string[], y: string | string[]) =>
  Array.isArray(x) && Array.isArray(y) ? x.length === y.length && x.every((v, i) => v === y[i]) : x === y

const classKey = (side: ComparedCode): ClassKey => (side.cls === 'X' ? 'x' : (String(side.cls) as ClassKey))

function arePaired(a: ComparedCode, b: ComparedCode): boolean {
  if (a.kind === b.kind) return false
  const [basic, enhanced] = a.kind === 'reply' ? [a, b] : [b, a]
  const reply = findReplyCode(basic.code)
  const entry = findEnhancedCode(enhanced.code)?.entry
  return Boolean(reply?.enhanced.includes(enhanced.code) || entry?.basic.includes(basic.code))
}

/**
 * A generic enhanced code (X.Y.0, "other or undefined") names no party of its own: paired with a
 * basic code ("530 5.7.0 Authentication required", RFC 4954 §6) it has the basic code's party, so
 * the pair never reads as two parties for one reply.
 */
function withBasicActor(
  left: ComparedCode,
  right: ComparedCode,
): { left: ComparedCode; right: ComparedCode } {
  const basic = left.kind === 'reply' ? left : right
  const generic = (side: ComparedCode) =>
    side.kind === 'enhanced' && side.code.endsWith('.0') ? { ...side, actor: basic.actor } : side
  return { left: generic(left), right: generic(right) }
}

/** Compares two codes; an error when either is unknown or both are the same code. */
export function compareCodes(a: string, b: string): Comparison | CompareError {
  const first = describeCode(a)
  if (!first) return { error: 'unknown-a' }
  const second = describeCode(b)
  if (!second) return { error: 'unknown-b' }
  if (first.code === second.code) return { error: 'same' }
  const described = { left: first, right: second }

  const paired = arePaired(described.left, described.right)
  const { left, right } = paired ? withBasicActor(described.left, described.right) : described
  const differences: Difference[] = []
  const same: DifferenceId[] = []
  for (const id of DIFFERENCE_IDS) {
    const va = aspectOf(left, id)
    const vb = aspectOf(right, id)
    if (equal(va, vb)) same.push(id)
    else differences.push({ id, a: va, b: vb })
  }

  const curated = findCuratedPair(left.code, right.code)
  // Sorted, so (a, b) and (b, a) get the same notes.
  const actionNotes = [...new Set([actionFieldNote(left), actionFieldNote(right)])]
    .filter((id): id is string => id !== undefined)
    .sort()
  const notes = [...(curated ? [curated.id] : []), ...(paired ? ['paired'] : []), ...actionNotes]
  const guidanceId = curated ? curated.id : genericGuidanceId(classKey(left), classKey(right))
  return {
    a: left,
    b: right,
    differences,
    same,
    paired,
    notes,
    guidance: { operator: `guidance.${guidanceId}.operator`, agent: `guidance.${guidanceId}.agent` },
    ...(curated ? { curated: curated.id } : {}),
  }
}

export const isComparison = (r: Comparison | CompareError): r is Comparison => !('error' in r)
