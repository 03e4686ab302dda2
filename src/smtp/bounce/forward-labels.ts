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
    'gönderen',
    'от',
    'від',
    'feladó',
    'από',
    'de la',
    'dari',
    'daripada',
    'šalje',
    'pošiljatelj',
    'saatja',
    'nuo',
    'no',
    'expéditeur',
    'מאת',
    'من',
    'จาก',
    'từ',
    'प्रेषक',
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
    'alıcı',
    'komu',
    'кому',
    'до',
    'címzett',
    'προς',
    'către',
    'kepada',
    'prima',
    'za',
    'adressaat',
    'kam',
    'per a',
    'destinataire',
    'destinatario',
    'אל',
    'إلى',
    'ถึง',
    'đến',
    'प्रति',
    '宛先',
    '收件人',
    '收件者',
    '받는 사람',
  ],
  cc: [
    'cc',
    'kopia',
    'kopi',
    'kopio',
    'kopie',
    'kopija',
    'копия',
    'копія',
    'dw',
    'bilgi',
    'másolatot kap',
    'κοιν.',
    'κοιν',
    'עותק',
    'نسخة',
    '抄送',
    '副本',
    '참조',
  ],
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
    'predmet',
    'тема',
    'относно',
    'tárgy',
    'θέμα',
    'subiect',
    'perihal',
    'subjek',
    'zadeva',
    'teema',
    'tēma',
    'tema',
    'assumpte',
    'נושא',
    'الموضوع',
    'เรื่อง',
    'chủ đề',
    'विषय',
    '件名',
    '主题',
    '主旨',
    '제목',
  ],
  date: [
    'enviado el',
    'enviado',
    'enviada em',
    'enviada',
    'envoyé',
    'envoyé le',
    'gesendet',
    'verzonden',
    'inviato',
    'wysłane',
    'wysłano',
    'gönderildi',
    'gönderilme tarihi',
    'tarih',
    'skickat',
    'sendt',
    'lähetetty',
    'odesláno',
    'odoslané',
    'отправлено',
    'надіслано',
    'изпратено',
    'elküldve',
    'fecha',
    'datum',
    'data',
    'στάλθηκε',
    'ημερομηνία',
    'trimis',
    'dikirim',
    'dihantar',
    'tanggal',
    'poslano',
    'saadetud',
    'nosūtīts',
    'išsiųsta',
    'enviat el',
    'נשלח',
    'تاريخ الإرسال',
    'ส่ง',
    'đã gửi',
    'भेजा गया',
    '送信日時',
    '发送时间',
    '寄件日期',
    '보낸 날짜',
  ],
}

/** Spaces a label may have before its colon: French typography puts a narrow no-break one there. */
const SPACE = String.raw`[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]`

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
  `^(?:${labelsOf(['from', 'to', 'cc', 'subject', 'date'])})${SPACE}*[:：]`,
  'i',
)

/** A From or To line of such a block naming an address: it marks the block as a message's header. */
export const FORWARD_ADDRESS_LINE = new RegExp(
  `^(?:${labelsOf(['from', 'to', 'cc'])})${SPACE}*[:：][^\\n]*@`,
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

/** A label line in a language the lists above lack ("Αποστολέας: …"), read only in a forwarded bounce's block. */
export const ANY_LABEL_LINE = /^[^\s:：<>@"][^:：<>@"\n]{0,30}[:：]/
/** A bounce's own sender: Gmail's Mail Delivery Subsystem, a postmaster, Microsoft's MicrosoftExchange…@. */
const DAEMON = /\b(?:mailer-daemon|postmaster|microsoftexchange[0-9a-f]{32})@/i

/** The paste opens with a block of label lines, one of them naming a bounce's sender. */
export function forwardsBounce(start: string): boolean {
  const block = start.split(/\r?\n[ \t]*\r?\n/, 1)[0] ?? ''
  const lines = block.split('\n')
  return lines.length >= 2 && lines.every((l) => ANY_LABEL_LINE.test(l)) && lines.some((l) => DAEMON.test(l))
}

/** Of a forwarded bounce's header lines, the address that is not the bounce's sender: its addressee. */
export function addresseeOf(pairs: [string, string][]): string | undefined {
  if (!pairs.some(([, value]) => DAEMON.test(value))) return undefined
  return pairs.find(([, value]) => value.includes('@') && !DAEMON.test(value))?.[1]
}

/** An RFC 5322 field line, or a label line of the lists above. */
const FIELD_LINE = /^[A-Za-z][\w-]*[ \t]*:/

/**
 * The addressee of a bounce forwarded anywhere in the paste, below a note or a "Forwarded message"
 * line: the first run of label lines that names a bounce's daemon, and in it the To line's address
 * (or the first address that is not the daemon's). That address received the bounce: it is the
 * original sender, never the failed recipient.
 */
export function forwardedAddressee(text: string): string | undefined {
  const lines = text.slice(0, 20_000).split('\n')
  for (let i = 0; i < lines.length; i++) {
    let end = i
    while (end < lines.length && isLabelLine(lines[end] as string)) end++
    if (end - i >= 2) {
      const run = lines.slice(i, end)
      if (run.some((l) => DAEMON.test(l))) {
        const pairs = run.map((l): [string, string] => {
          const colon = l.search(/[:：]/)
          return [canonicalField(l.slice(0, colon)), l.slice(colon + 1).trim()]
        })
        return pairs.find(([name, value]) => name === 'to' && value.includes('@'))?.[1] ?? addresseeOf(pairs)
      }
    }
    i = Math.max(i, end)
  }
  return undefined
}

function isLabelLine(line: string): boolean {
  const l = line.replace(/\r$/, '')
  return FIELD_LINE.test(l) || FORWARD_LABEL_LINE.test(l) || ANY_LABEL_LINE.test(l)
}
