// Shared vocabulary of the SMTP domain. Pure data types: no React, no DOM, no i18n.
// Human text never lives here; it lives in locales/<lng>/*.json under the ids below.

/** First digit of a basic reply code (RFC 5321 §4.2.1). */
export type ReplyClass = 2 | 3 | 4 | 5

/** Class digit of an enhanced status code (RFC 3463 §2): 2 success, 4 persistent transient, 5 permanent. */
export type EnhancedClass = 2 | 4 | 5

/** Where a code comes from. `non-standard` codes circulate in real servers but no RFC defines them. */
export type Provenance = 'core' | 'extension' | 'non-standard'

/** The stages / commands of a session at which a reply may be sent (RFC 5321 §4.3.2 and extension RFCs). */
export type Stage =
  | 'connection'
  | 'ehlo'
  | 'helo'
  | 'starttls'
  | 'auth'
  | 'mail'
  | 'rcpt'
  | 'data'
  | 'data-end'
  | 'bdat'
  | 'rset'
  | 'vrfy'
  | 'expn'
  | 'help'
  | 'noop'
  | 'quit'
  | 'etrn'
  | 'any'

/** Who has to do something after this reply. */
export type Actor = 'nobody' | 'client' | 'sender' | 'sender-admin' | 'recipient' | 'recipient-admin'

/** What a sending client should do about retrying. */
export type RetryAdvice = 'not-needed' | 'continue' | 'retry-later' | 'do-not-retry'

/** A reference to a standard: RFC number and section, e.g. { rfc: 5321, section: '4.2.3' }. */
export interface RfcRef {
  rfc: number
  section: string
}

/** A reply's text as one RFC words it, and where. */
export interface RfcWording {
  text: string
  ref: RfcRef
}

/** Facts about one basic reply code, e.g. '550'. Text lives in locales/<lng>/codes.json under `reply.<code>`. */
export interface ReplyCode {
  code: string
  /** The reply text as the defining RFC words it (English, protocol data). */
  rfcText: string
  /**
   * When extensions word the same reply differently (454 in RFC 4954 and RFC 3207), `rfcText` is
   * the wording of `refs[0]` and the others are listed here, each with its own source.
   */
  otherWordings?: RfcWording[]
  /** Defining reference first, then others. */
  refs: RfcRef[]
  stages: Stage[]
  provenance: Provenance
  actor: Actor
  retry: RetryAdvice
  /** Basic codes worth reading alongside this one. */
  related: string[]
  /** Enhanced codes usually paired with it (e.g. '5.1.1'). */
  enhanced: string[]
  /** One example reply line as a real server sends it (protocol data, English). */
  example: string
}

/** Facts about one enhanced status code, stored as subject.detail ('1.1'), valid for the classes listed. */
export interface EnhancedCode {
  /** 'X.1.1' form without the class: '1.1'. */
  id: string
  /** Classes the IANA registry lists it for. */
  classes: EnhancedClass[]
  /** Basic reply codes the registry associates with it. */
  basic: string[]
  refs: RfcRef[]
  deprecated: boolean
}
