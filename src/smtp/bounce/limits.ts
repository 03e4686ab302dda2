// The explainer's bounds, apart from the analyzer so a page can show them without downloading it.

/**
 * Only the first 1 MiB (UTF-16 code units) is analysed. Real bounces are a few kilobytes; the cap
 * keeps a runaway paste bounded (the analysis is linear, tens of ms per MiB) and is reported as
 * `truncated`.
 */
export const MAX_BOUNCE_INPUT = 1024 * 1024

/**
 * Results are given for at most this many recipients: real reports list a handful, and a paste
 * of thousands of repeated reports must still answer in linear time.
 */
export const MAX_RECIPIENTS = 100

/** Beyond this many, a text names too many addresses for a list of them ("Addresses in the text") to help. */
export const MAX_NAMED = 8
