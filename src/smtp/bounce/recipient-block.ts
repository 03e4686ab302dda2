// One recipient's part of a bounce's readable text, as the readers in text-blocks.ts and
// refusal-blocks.ts cut it out.

export interface RecipientBlock {
  recipient?: string
  text: string
  /** The lines about this recipient alone, without the preamble every block shares. */
  own?: string
  /** The block is one line of an MTA's delivery log: its own status says what became of it. */
  logLine?: true
  /** One of a list's recipients the text names nowhere else: it shares what the text says of all. */
  shared?: true
  /** Its own lines are its own reply, picked out by name: nothing else in the text is about it. */
  replied?: true
  /** The command its refusal answered, paired in a session (a pipelined RCPT TO's own reply). */
  command?: 'RCPT TO'
}
