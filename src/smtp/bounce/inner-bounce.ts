// A bounce of a bounce the writer forwarded: they sent a notice on to their help desk ("RV:
// Undeliverable: Pedido 4471"), that address failed too, and the second notice returns the first
// inside it. The writer's question is as much about the first notice's recipient as about the
// help desk's address, so the returned copy's own failures are read as well.

/** A returned message's Subject: a forward or reply prefix, then a notice's subject, in its languages. */
const FORWARDED_NOTICE_SUBJECT =
  /^[ \t]*(?:Subject|Asunto|Oggetto|Betreff|Objet|Konu|Assunto|Onderwerp|Temat)[ \t]*:[ \t]*(?:(?:RE|RV|FW|FWD|TR|WG|AW|ENC|I|R|İLT|YNT)[ \t]*:[ \t]*)+(?:Undeliverable|Undelivered Mail|Delivery Status Notification|Mail delivery failed|Returned mail|Non recapitabile|Unzustellbar|Non remis|No se puede entregar|Teslim edilemedi|Delivery has failed)/gim

/** Where the returned copy of a forwarded notice starts, past `after` (the notice's own text), if one does. */
export function forwardedNoticeAt(text: string, after: number): number | undefined {
  for (const m of text.slice(0, 1_000_000).matchAll(FORWARDED_NOTICE_SUBJECT))
    if (m.index >= after) return m.index
  return undefined
}
