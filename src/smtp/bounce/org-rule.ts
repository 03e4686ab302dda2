// Microsoft 365's and Exchange's mail flow (transport) rule refusal names whose rule it was: "the
// email admin for the organization 'corp.example.com' created an email rule restriction", "A custom
// mail flow rule created by an admin at contoso.example has blocked your message". When that
// organisation is the sender's own (the notice's addressee), its own administrator acts.
import type { RecipientResult } from './recipient-result'
import { OWN_POLICY_FROM } from './recipient-result'

const RULE_OF =
  /\b(?:the e-?mail admin for the organi[sz]ation|an? (?:e-?mail )?admin(?:istrator)? (?:at|of|for))[ \t]+['"“‘]?([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/i

/** `results` with a rule of the sender's own organisation read as theirs. */
export function withOwnOrganisationRule(
  results: RecipientResult[],
  human: string,
  sender: string | undefined,
): RecipientResult[] {
  const domain = RULE_OF.exec(human.slice(0, 20_000))?.[1]?.toLowerCase().replace(/\.$/, '')
  const own = sender?.toLowerCase().match(/@([^\s>@]+)/)?.[1]
  if (!domain || !own || (own !== domain && !own.endsWith(`.${domain}`))) return results
  return results.map((r) =>
    r.action === 'failed' && OWN_POLICY_FROM.has(r.reason) ? { ...r, reason: 'sender-policy' } : r,
  )
}
