// A webhook event or a program's JSON log holds the server's reply as one string field among many
// ("response":"451 4.3.0 <gail@…>: Temporary lookup failure","attempt":"3",…): the page quotes that
// field's value, not a window of the JSON around it.

/** A JSON string field named like the ones that hold a server's reply. */
const REPLY_FIELD =
  /"(?:reason|response|error|message|msg|diagnosticCode|diagnostic[-_]code|details|description|smtp[-_]?response|bounce[-_]?reason|status[-_]?message)"[ \t]*:[ \t]*"((?:[^"\\\n]|\\.){1,1000})"/gi

/** Marks of JSON in a quoted line: a field's end and the next one's start. */
const JSON_MARKS = /"[ \t]*[:,][ \t]*\\?["{[\d]/

/**
 * The value of the JSON field in the recipient's own `words` that holds `reply` ("451"), unescaped,
 * when `diagnostic` is a window of JSON; else `diagnostic` as it is. A code alone on its line
 * ("code": 421) is looked up in the report's `context`, in the event that names `recipient`.
 */
export function replyFromJson(
  diagnostic: string,
  reply: string | null,
  { words, context, recipient }: { words: string; context: string; recipient: string | null },
): string {
  if (reply === null || !/^[245]\d\d$/.test(reply) || !JSON_MARKS.test(diagnostic)) return diagnostic
  const json = words.slice(0, 200_000)
  // An event carried as a JSON string inside another (Amazon SNS's "Message": "{\"bounce\": …}").
  return (
    fieldWith(json, reply) ??
    (json.includes('\\"') ? fieldWith(json.replace(/\\"/g, '"'), reply) : undefined) ??
    codeAndMessage(json, reply, recipient) ??
    codeAndMessage(context.slice(0, 200_000), reply, recipient) ??
    diagnostic
  )
}

function fieldWith(json: string, reply: string): string | undefined {
  const code = new RegExp(`(?:^|[^\\d.])${reply}(?![\\d.])`)
  for (const m of json.matchAll(REPLY_FIELD)) {
    const value = unescaped(m[1] as string)
    if (code.test(value)) return value
  }
  return undefined
}

/** Mailgun's "delivery-status": the reply's code as a number ("code": 421), its words in "message". */
function codeAndMessage(json: string, reply: string, recipient: string | null): string | undefined {
  const at = json.search(new RegExp(`"code"[ \\t]*:[ \\t]*${reply}\\b`))
  if (at < 0) return undefined
  // Of a batch of events, only the one about this recipient: named in the 3,000 characters before.
  if (
    recipient &&
    !json
      .slice(Math.max(0, at - 3000), at)
      .toLowerCase()
      .includes(recipient.toLowerCase())
  )
    return undefined
  const message = /"message"[ \t]*:[ \t]*"((?:[^"\\\n]|\\.){1,1000})"/.exec(json.slice(at, at + 1000))?.[1]
  return message ? `${reply} ${unescaped(message)}` : undefined
}

function unescaped(value: string): string {
  try {
    return JSON.parse(`"${value}"`) as string
  } catch {
    return value
  }
}
