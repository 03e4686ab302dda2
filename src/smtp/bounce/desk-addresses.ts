// Addresses a server's text offers as someone to write to, not as a recipient: its postmaster, its
// abuse, support or delisting desk ("contact abuse@…", "email delist@… to request removal"). A
// refusal or an error that names one is pointing the reader there.

/** A desk's address: its name alone before the @, or with a suffix ("abuse-desk@", "noc.team@"). */
export const DESK_ADDRESS =
  /^(?:postmaster|mailer-daemon|abuse|support|help|helpdesk|admin|hostmaster|webmaster|noc|security|delist|no-?reply|spam|unblock|blocklist|rbl)(?:[-._][\w.-]*)?@/i

/**
 * The narrower set for a text's first unmarked address: a desk that handles a server's blocks and
 * abuse ("email delist@… to request removal"), never a recipient, while support@ or admin@ may well
 * be one ("Recipient address 'admin@…' not accepted").
 */
export const BLOCK_DESK_ADDRESS =
  /^(?:postmaster|abuse|delist|hostmaster|noc|unblock|blocklist|rbl)(?:[-._][\w.-]*)?@/i
