// Gmail's notice names its recipient inside a sentence, not on a line of its own ("** Address not
// found ** / Your message wasn't delivered to bob@… because …", "** Message blocked ** / Your message
// to rob@… has been blocked"). Two or more of them pasted together (or one notice per recipient
// of one message) are each about the recipient their own sentence names.

/** The sentence that opens one recipient's notice, with its "** … **" heading when it has one. */
const DESTINATION_NOTICE =
  /^(?:[ \t]*\*\* [^*\n]{3,60} \*\*[ \t]*\n(?:[ \t]*\n){0,3})?[ \t]*(?:Your message (?:wasn't|was not|couldn't be|could not be) delivered to|Your message to|There was a (?:temporary )?problem delivering your message to) <?([^\s<>@"',;]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})>?(?=[\s.,;:])/gim

/** The opening of each recipient's notice, when the text holds two or more naming different recipients. */
export function destinationNotices(human: string): RegExpExecArray[] {
  const found = [...human.slice(0, 200_000).matchAll(DESTINATION_NOTICE)].slice(0, 500)
  const recipients = new Set(found.map((m) => m[1]?.toLowerCase()))
  return recipients.size > 1 ? found : []
}
