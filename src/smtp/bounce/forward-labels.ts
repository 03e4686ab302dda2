// A bounce forwarded to support from Outlook or Gmail carries a header block in the forwarder's
// language ("De: Mail Delivery Subsystem …", "Para: Alice <alice@…>", "Asunto: …"). Its To is the
// bounce's addressee, the original sender, so it must be read as To: otherwise the sender's own
// address is taken for the failed recipient. The labels are those Outlook and Gmail write above a
// forwarded message, one list per field.

const LABELS: Record<'from' | 'to' | 'cc' | 'subject' | 'date', string[]> = {
  from: [
    'de',
    'von',
    'van',
    'da',
    'od',
    'från',
    'fra',
    'lähettäjä',
    'kimden',
    'от',
    'feladó',
    '差出人',
    '发件人',
    '寄件者',
    '보낸 사람',
  ],
  to: [
    'para',
    'à',
    'a',
    'an',
    'aan',
    'do',
    'till',
    'til',
    'vastaanottaja',
    'kime',
    'komu',
    'кому',
    'címzett',
    '宛先',
    '收件人',
    '收件者',
    '받는 사람',
  ],
  cc: ['kopia', 'kopi', 'kopio', 'kopie', 'копия', 'dw', 'bilgi', 'másolatot kap', '抄送', '副本', '참조'],
  subject: [
    'asunto',
    'objet',
    'betreff',
    'onderwerp',
    'oggetto',
    'assunto',
    'temat',
    'konu',
    'ämne',
    'emne',
    'aihe',
    'předmět',
    'тема',
    'tárgy',
    '件名',
    '主题',
    '主旨',
    '제목',
  ],
  date: [
    'enviado el',
    'enviado',
    'enviada em',
    'envoyé',
    'envoyé le',
    'gesendet',
    'verzonden',
    'inviato',
    'wysłane',
    'gönderildi',
    'tarih',
    'skickat',
    'sendt',
    'lähetetty',
    'odesláno',
    'отправлено',
    'elküldve',
    'fecha',
    'datum',
    'data',
    '送信日時',
    '发送时间',
    '寄件日期',
    '보낸 날짜',
  ],
}

const FIELD_OF = new Map<string, string>(
  Object.entries(LABELS).flatMap(([field, labels]) => labels.map((label) => [label, field])),
)

const escaped = (label: string) => label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const labelsOf = (fields: (keyof typeof LABELS)[]) =>
  fields
    .flatMap((f) => LABELS[f])
    .sort((a, b) => b.length - a.length)
    .map(escaped)
    .join('|')

/** A line of a forwarded message's header block in another language: "À : Alice <alice@…>". */
export const FORWARD_LABEL_LINE = new RegExp(
  `^(?:${labelsOf(['from', 'to', 'cc', 'subject', 'date'])})[ \\t\\u00a0]*[:：]`,
  'i',
)

/** A From or To line of such a block naming an address: it marks the block as a message's header. */
export const FORWARD_ADDRESS_LINE = new RegExp(
  `^(?:${labelsOf(['from', 'to', 'cc'])})[ \\t\\u00a0]*[:：][^\\n]*@`,
  'i',
)

/** The RFC 5322 field a header name stands for, in lower case: 'Para' → 'to', 'Subject' → 'subject'. */
export function canonicalField(name: string): string {
  const lower = name
    .replace(/\u00a0/g, ' ')
    .trim()
    .toLowerCase()
  return FIELD_OF.get(lower) ?? lower
}
