// Bounces of mail the writer never sent (backscatter): spammers forged the writer's address as the
// sender, and servers that could not deliver the spam returned it to them. The address such a
// bounce names is the spam's target: there is nothing to correct and nothing to resend.

/** The writer says they did not send the bounced mail ("Ben kimseye mail atmadım"). */
const DENIES_SENDING =
  /\b(?:never|didn't|did not|haven't|have not) (?:e-?mailed|mailed|contacted)\b|\bmail atmadı[mk]|\bkimseye (?:mail|e-?posta|ileti) (?:atmadı[mk]|göndermedi[mk])|\b(?:never|didn't|did not|haven't|have not) (?:sent|send|written|write|wrote)\b|\bnie (?:geschrieben|gesendet|verschickt|geschickt)\b|\bnicht (?:geschrieben|gesendet|verschickt)\b|göndermedi[mk]|yazmadı[mk]|\bno (?:he|hemos) (?:enviado|escrito)\b|\bjamais envoyé|\bn'(?:ai|avons) (?:jamais|pas) envoyé/i
/** …of many bounces, or of a forged address or a hacked account. */
const MANY_OR_FORGED =
  /\b(?:hundreds|dozens|thousands|lots of|hunderte|dutzende|tausende|yüzlerce|onlarca|bir sürü|cientos|docenas|des centaines)\b|\bhesabım(?:ı)? (?:mı )?(?:çalındı|ele geçirildi)|\b\d{2,} (?:bounces|mails|messages|e-?mails)\b|\bkeep (?:getting|receiving)\b|\b(?:hacked|gehackt|hacklendi|pirat[ée]|hackead[oa])\b|\b(?:spoof\w*|forged|gefälscht|sahte|falsifi\w+)\b/i

/** The writer reports bounces of mail they never sent ("hundreds of these … we never sent these"). */
export function isBackscatter(human: string): boolean {
  const words = human.slice(0, 4000)
  return /\bbackscatter\b/i.test(words) || (DENIES_SENDING.test(words) && MANY_OR_FORGED.test(words))
}
