// The writer's own lines in a paste that are no failed recipient's: a signature (an address below a
// sign-off or a name, after the paste's last reply) and a sender labelled on a line of its own
// ("Sender" / "Alice Smith" / "alice@…" in a copied message trace).

/** What a signature puts before its address on the line: nothing, or a name and a separator. */
export const SIGNATURE_LINE = /^[ \t]*(?:[\p{L} .'-]{0,40}(?:\||:|<|\())?[ \t]*<?$/u

/**
 * A sign-off a few lines above `at` ("Thanks,", "Best regards", "--"): an address line there is the
 * writer's signature, not a list of recipients, unless a line between heads a list ("Delivery has
 * failed to these recipients or groups:").
 */
export function belowSignOff(text: string, at: number): boolean {
  return SIGNED_OFF.test(text.slice(Math.max(0, at - 300), text.lastIndexOf('\n', at - 1) + 1))
}
const SIGNED_OFF =
  /(?:^|\n)[ \t]*(?:--|thanks|thank you|many thanks|regards|best|best regards|kind regards|cheers|sincerely|yours|teşekkürler|saygılarımla|iyi çalışmalar|mit freundlichen grüßen|viele grüße|grüße|cordialement|merci|saludos|atentamente|cordiali saluti)[ \t]*[,.!]?[ \t]*\r?\n(?:(?:[^\n]*[^\n:\s])?[ \t]*\r?\n){0,3}[ \t]*$/i

/**
 * Where the writer's signature starts (the text's length when there is none), and whether a
 * sign-off opens it (sure) or only a name (a line such as "Bob Miller" above "bob@…" may as well
 * introduce the recipient): a sign-off ("Grazie mille,", "Thanks in advance,", "Thx") or a name
 * ("Marco Bianchi") after the paste's last reply or enhanced code, with an address alone on a line
 * within the next four lines, and nothing below it that heads a list or speaks of a refusal
 * ("Affected users:", "failed"). Read from the last 2,000 characters.
 */
export function signatureOf(text: string): { at: number; signedOff: boolean } {
  const tailStart = Math.max(0, text.length - 2000)
  const tail = text.slice(tailStart)
  let from = 0
  for (const m of tail.matchAll(CODE_LINE)) from = m.index + m[0].length
  const lines: { at: number; line: string }[] = []
  let at = from
  for (const line of tail.slice(from).split('\n')) {
    if (line.trim() !== '') lines.push({ at, line })
    at += line.length + 1
  }
  for (let i = 0; i < lines.length; i++) {
    const { line } = lines[i] as { at: number; line: string }
    const signOff = (SIGN_OFF.test(line) || COMMA_SIGN_OFF.test(line)) && line.trim().split(/\s+/).length <= 4
    // A name right below another address is the next entry of a list of names and addresses.
    const afterAddress = i > 0 && ALONE_ON_LINE.test((lines[i - 1] as { line: string }).line)
    if (!signOff && !(PERSON_NAME.test(line) && !FIELD_LABEL.test(line) && !afterAddress)) continue
    const below = lines.slice(i)
    if (below.length > 12 || below.some(({ line }) => LIST_HEADING.test(line) || LIST_WORDS.test(line)))
      continue
    // One address: a list of names and addresses ("Bob Miller" / "bob@…" / "Carol White" / …) is none.
    if (below.filter(({ line }) => ALONE_ON_LINE.test(line)).length !== 1) continue
    if (below.slice(1, 5).some(({ line }) => ALONE_ON_LINE.test(line)))
      return { at: tailStart + (lines[i] as { at: number }).at, signedOff: signOff }
  }
  return { at: text.length, signedOff: false }
}
/**
 * A line with a reply where replies stand (at the line's start, quoted, after "said:" or a quote
 * mark) or with an enhanced code, to its end; not a phone number ("Tel. 91 555 0100", "512-555-0134").
 */
const CODE_LINE =
  /^(?:[ \t>|]*(?:<<<|<\*\*|S:|<-)?[ \t]*[45]\d\d(?: |-(?!\d{3}-))|[^\n]*?(?:\b[245]\.\d{1,3}\.\d{1,3}\b|['"(]\s*[45]\d\d[ -]|\b(?:said|returned|error|response|reply|code)[:=]?[ \t]+[45]\d\d\b))[^\n]*/gim
/** A sign-off, in the languages the explainer reads, with what may follow it on its line. */
const SIGN_OFF =
  /^[ \t]*(?:--|thanks|thank you|thx|tia|many thanks|regards|best|kind regards|warm regards|cheers|sincerely|yours|grazie|saluti|cordiali saluti|un saludo|saludos|gracias|atentamente|obrigad[oa]|atenciosamente|merci|cordialement|bien à vous|mit freundlichen grüßen|viele grüße|beste grüße|grüße|met vriendelijke groet|groeten|hälsningar|mvh|pozdrawiam|s pozdravem|teşekkürler|saygılarımla|iyi çalışmalar|с уважением|спасибо|spasibo|danke|vielen dank|dank je|bedankt|tack|kiitos|dziękuję|díky)(?![\p{L}])[^\n@]{0,40}$/iu
/** A person's name on a line of its own: two to four capitalised words ("Marco Bianchi"). */
const PERSON_NAME =
  /^[ \t]*\p{Lu}[\p{L}'.-]*(?:[ \t]+\p{Lu}[\p{L}'.-]*){1,3}[ \t]*(?:,[ \t]*[\p{L}.]{1,12}|\|[^\n@]{0,60})?[ \t]*,?[ \t]*\r?$/u
/** Any sign-off's shape: a few words and a comma ("Bien cordialement,", "Z poważaniem,", "Att,"). */
const COMMA_SIGN_OFF = /^[ \t]*[\p{L}][\p{L} .'-]{0,30},[ \t]*\r?$/u
/** A heading of two words or more that ends with a colon ("Affected users:"), not a label ("Mobile:"). */
const LIST_HEADING = /^[ \t]*\S+[ \t]+\S[^\n]*:[ \t]*\r?$/
/** A field's label in a copied dashboard or trace ("Original To", "Email Address"), not a name. */
const FIELD_LABEL =
  /\b(?:to|from|cc|address|e-?mail|recipient|sender|original|contact|user|subscriber|mailbox|account|destinataire|empfänger|absender|destinatario|remitente|alıcı|gönderen)\b/iu
/** An address alone on its line, or after a signature's name or label ("E: …", "Alice | …"). */
const ALONE_ON_LINE =
  /^[ \t]*(?:[\p{L} .'-]{0,40}(?:\||:|<|\())?[ \t]*<?[^\s<>@]+@[^\s<>]+?>?\)?[ \t]*(?:\|[^\n@]*)?$/u
/** Words of a notice's list or a refusal, which no signature holds. */
const LIST_WORDS = /\b(?:recipients?|undeliver\w*|could not be delivered|failed|rejected|bounced?)\b/i

/** The address at `at` is labelled as the sender on one of the two lines above it ("Sender", "From:"). */
export function senderLabelled(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1
  const above = text
    .slice(Math.max(0, lineStart - 200), lineStart)
    .split('\n')
    .slice(-3, -1)
  return above.some((line) => SENDER_LABEL_LINE.test(line))
}
const SENDER_LABEL_LINE =
  /^[ \t]*(?:sender|from|von|absender|expéditeur|remitente|mittente|afzender|gönderen)[ \t]*:?[ \t]*\r?$/i
