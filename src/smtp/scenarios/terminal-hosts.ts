// Host names of the terminal's session, apart from the engine so the page can name the server
// without downloading it (see terminal-session.ts).
export const TERMINAL_SERVER = 'mail.example.org'
/** The client name narration uses until the learner introduces themselves with EHLO/HELO. */
export const TERMINAL_CLIENT = 'client.example'
