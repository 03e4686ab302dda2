// Fact review 40: a log line that quotes a JSON object, or a JSON log object, is no batch of events
// (its "email" is the logged-in user's); Exchange's trace output as a list or as JSON, and a CSV of
// "Name <address>" cells, name their recipient field.
import { describe, expect, it } from 'vitest'
import { headline } from '../helpers/bounce-shown'

describe('JSON inside a log line is not a batch of events', () => {
  it.each([
    '[2026-11-30 10:00:00] production.ERROR: Expected response code "250/251/252" but got code "550", with message "550 5.1.1 <bob@fabrikam.com>: Recipient address rejected: User unknown in virtual mailbox table". {"userId":12,"email":"alice@contoso.com"}',
    '{"level":50,"time":1764496800000,"email":"alice@contoso.com","err":{"code":"EENVELOPE","response":"550 5.1.1 <bob@fabrikam.com>: Recipient address rejected: User unknown","responseCode":550,"command":"RCPT TO","rejected":["bob@fabrikam.com"]},"msg":"Failed to send welcome mail"}',
    '[ERROR] 2026-11-30 10:00:00 Mail to bob@fabrikam.com failed: 550 5.7.1 Message rejected as spam {"from":"alice@contoso.com","email":"alice@contoso.com"}',
  ])('%s', (text) => {
    expect(headline(text)?.recipient).toBe('bob@fabrikam.com')
  })
})

describe("Exchange's trace output and a mail client's CSV", () => {
  it.each([
    'Received         : 11/30/2026 10:00:01 AM\nSenderAddress    : alice@contoso.com\nRecipientAddress : bob@fabrikam.com\nSubject          : Invoice 4411\nStatus           : Failed\n\nDetail           : Reason: [{LED=550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup}]',
    'Timestamp  : 11/30/2026 10:00:01 AM\nEventId    : FAIL\nSender     : alice@contoso.com\nRecipients : {bob@fabrikam.com}\nRecipientStatus : {550 5.1.1 User unknown}',
    '[{"Received":"2026-11-30T10:00:01","SenderAddress":"alice@contoso.com","RecipientAddress":"bob@fabrikam.com","Status":"Failed","Detail":"550 5.1.1 User unknown"}]',
    'Date,From,To,Subject,Status\n30/11/2026 10:00,Alice <alice@contoso.com>,Bob <bob@fabrikam.com>,Invoice,550 5.1.1 User unknown',
  ])('%s', (text) => {
    expect(headline(text)?.recipient).toBe('bob@fabrikam.com')
  })
})
