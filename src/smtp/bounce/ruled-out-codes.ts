// Codes a person's text names without meaning that they happened: a help desk's list of common
// codes above its answer ("Common examples: • 550 5.1.1 – the address does not exist …"), a code
// the writer rules out ("it's NOT the 554 5.7.1 spam thing like last month"), a first guess taken
// back ("first I thought it's the 550 5.1.1 … but no, the bounce says: 452 4.2.2 …"), a code only
// supposed ("if you see 554 5.7.1 from them, ask them to re-whitelist us"), the bounce
// a sending service's suppression list keeps from months ago ("Suppressions > Bounces: bob@… —
// 2024-02-03 — 550 5.1.1"), which is why it refuses to send now, not what this send met. Blanked
// (spaces of the same length, every offset kept) from the text the recipients are read from; the
// code list on the page still shows them, as codes the text names.

const CODE = String.raw`(?:[45]\d\d(?:[ \t]+[45]\.\d{1,3}\.\d{1,3})?|[45]\.\d{1,3}\.\d{1,3})\b`

/**
 * A line of a list of codes and their meanings: a bullet or number, then the code and its meaning;
 * or the code and a separator ("550 5.1.1 – …", "554 5.7.1 = …"). No address: a person's list of
 * recipients with their codes ("- 550 5.1.1 bob@…") is what happened, not a legend.
 */
const LEGEND_LINE = new RegExp(
  String.raw`^[ \t]*(?:(?:[•*·▪◦‣–—-]|\d{1,2}[.)])[ \t]*(${CODE})[^@\n]*|(${CODE})[ \t]*(?:[–—=:]|-(?=[ \t]))[^@\n]*)$`,
)

/** The line that opens such a list: "Common examples:", "The most common ones are:", "En sık görülenler:". */
const LEGEND_INTRO =
  /(?:\bcommon\b|\btypical\b|\bfrequent|\bexamples?\b|\bsuch as\b|\bguide\b|\boverview\b|\bcheat ?sheet\b|\bmeans?\b|\bmeanings?\b|\bknowledge base\b|\bthe most\b|\bsık görülen|\börne(?:k|ğin)|\bkodlar|\bhäufig|\bbeispiel|\bejemplo|\bcomunes\b|\bfréquent|\bexemple|\bcourant)[^\n]*:[ \t]*$/i

/**
 * A code the writer says it was not, with the rest of its clause ("NOT the 554 5.7.1 spam thing like
 * last month", "not a 550", "nicht der 554 …", "554 5.7.1 hatası değil", with the words quoted before
 * it: "“kullanıcı bulunamadı / 5.1.1” durumu değil"): its words name no cause either.
 */
const NEGATED = new RegExp(
  String.raw`\b(?:not|isn't|wasn't|nicht|kein(?:e|en)?|no es|pas)[ \t]+(?:(?:the|a|an|that|this|der|die|das|el|la|le|un|une)[ \t]+)?(?:(?:usual|same|old|übliche)[ \t]+)?(${CODE}(?:[^\n,;!?.]|\.(?=\S))*)|((?:["“„][^"”“„\n]{0,80}?)?${CODE}["”]?(?:[ \t]+[^\s\d]+){0,2}[ \t]+değil)\b`,
  'gi',
)

/** A first guess taken back, up to its "but": "first I thought it's the 550 5.1.1 …, but no". */
const TAKEN_BACK =
  /\b(?:(?:at )?first,? )?I (?:thought|assumed|suspected|was sure)\b(?:[^\n.]|\.(?=\S)){0,300}?(?=\bbut\b)|\bönce\b(?:[^\n.]|\.(?=\S)){0,300}?\bsandım\b/gi
export const HAS_CODE = new RegExp(CODE)
/**
 * A help desk's line that names codes as examples, not as what happened ("Common causes of bounces
 * include 550 5.1.1 (user unknown) or 552 (mailbox full), but neither applies here").
 */
const EXAMPLES_LINE =
  /^[^\n]*(?:\b(?:common|typical|usual|frequent) (?:causes|reasons|codes|errors|bounce codes)\b|\b(?:neither|none of (?:these|them|which|those)) appl(?:y|ies)\b)[^\n]*$/gim
export const ANY_CODE = new RegExp(CODE, 'g')

/**
 * A code the writer only supposes ("if you see 554 5.7.1 from them, ask them to …", "check if 5.7.26
 * appears anywhere", "look for a 550"): advice about a code, not one that happened.
 */
const SUPPOSED = new RegExp(
  String.raw`\b(?:if you (?:ever )?(?:see|get|receive)|check (?:if|whether)|look (?:out )?for|watch (?:out )?for)[ \t]+(?:an?[ \t]+|the[ \t]+|any[ \t]+)?["“'„]?(${CODE})`,
  'gi',
)
/** A line of a sending service's suppression list, or about it: Postmark's and SendGrid's "Suppressions". */
const SUPPRESSION_LINE = /^[^\n]*\bsuppression(?:s| list)?\b[^\n]*$/gim
/** A reply as a server words it ("550 5.1.1 …", "550 mailbox …"), not an API's number ("ErrorCode":406). */
const REPLY_CODES =
  /\b[45]\d\d(?=[ \t-]+(?:[45]\.\d|[A-Za-z]))(?:[ \t-]+[45]\.\d{1,3}\.\d{1,3})?\b|\b[45]\.\d{1,3}\.\d{1,3}\b/g

/** Spaces in place of `s`'s characters, its line breaks kept: every offset stays. */
export const blank = (s: string) => s.replace(/[^\n]/g, ' ')

export function withoutRuledOutCodes(text: string): string {
  let out = withoutLegends(text).replace(SUPPRESSION_LINE, (line) => line.replace(REPLY_CODES, blank))
  out = out.replace(SUPPOSED, (m, code: string) => m.replace(code, blank))
  out = out.replace(EXAMPLES_LINE, (line) => line.replace(ANY_CODE, blank))
  out = out.replace(NEGATED, (m, a: string | undefined, b: string | undefined) => {
    const code = (a ?? b) as string
    return m.replace(code, blank)
  })
  // Only where the writer goes on to a code that did happen: a guess alone is still the best clue.
  const guessed = out.replace(TAKEN_BACK, blank)
  return guessed !== out && HAS_CODE.test(guessed) ? guessed : out
}

/** Two or more legend lines in a row (blank lines between allowed) naming two or more codes, under an opening line or three long. */
function withoutLegends(text: string): string {
  if (!/^[ \t]*\S?[ \t]*[45]\d\d\b|^[ \t]*\S?[ \t]*[45]\.\d/m.test(text)) return text
  const lines = text.split('\n')
  let run: number[] = []
  let codes = new Set<string>()
  const close = (intro: string | undefined) => {
    if (run.length >= 2 && codes.size >= 2 && (run.length >= 3 || LEGEND_INTRO.test(intro ?? '')))
      for (const i of run) lines[i] = blank(lines[i] as string)
  }
  let intro: string | undefined
  let previous: string | undefined
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    const m = LEGEND_LINE.exec(line)
    if (m) {
      if (run.length === 0) intro = previous
      run.push(i)
      codes.add((m[1] ?? m[2]) as string)
    } else if (line.trim() !== '' || run.length === 0) {
      close(intro)
      run = []
      codes = new Set()
    }
    if (line.trim() !== '') previous = line
  }
  close(intro)
  return lines.join('\n')
}
