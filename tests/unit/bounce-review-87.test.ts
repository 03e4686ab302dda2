// Fact review 87: an email service's CSV export under a note is read row by row; a help desk's line
// of common codes that "do not apply" names none that happened; an SES bounce inside its SNS envelope.
import { describe, expect, it } from 'vitest'
import { analyzeBounceReport } from '../../src/smtp/bounce/report'

const readings = (text: string) =>
  analyzeBounceReport(text).recipients.map((r) => [r.recipient, r.action, r.reason])

describe('fact review 87', () => {
  it.each([
    [
      "SendGrid's CSV export under a note, a dropped row among bounces",
      'Hi team, the client exported this from SendGrid after the March newsletter. They want to know which ones they need to fix. Only the bounces please, ignore the rest.\n\nemail,event,reason,status,timestamp\nben.ortiz@example.com,delivered,250 2.0.0 OK 1741170001 ,,1741170001\nchloe.w@example.net,bounce,"550 5.1.1 The email account that you tried to reach does not exist.",5.1.1,1741170003\nd.murphy@example.org,deferred,"421 4.7.28 Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited.",4.7.28,1741170004\ne.kowalski@example.com,delivered,250 2.6.0 Queued mail for delivery,,1741170006\nf.nguyen@example.net,dropped,Bounced Address,,1741170007\ng.rossi@example.org,bounce,"552 5.2.2 mailbox full",5.2.2,1741170009\n',
      [
        ['chloe.w@example.net', 'failed', 'unknown-user'],
        ['f.nguyen@example.net', 'failed', 'suppressed'],
        ['g.rossi@example.org', 'failed', 'mailbox-full'],
        ['d.murphy@example.org', 'delayed', 'rate-limited'],
        ['ben.ortiz@example.com', 'delivered', 'delivered'],
        ['e.kowalski@example.com', 'delivered', 'delivered'],
      ],
    ],
    [
      "a help desk's reply showing the delivery and naming common bounce codes that do not apply",
      'Hello Mr. Carter,\n\nThank you for contacting us. We understand that your emails to partners@globex.example are being returned.\n\nWe have checked our outbound logs and your message was delivered successfully to the remote server:\n\n  2025-03-06 14:22:05 to=<partners@globex.example> relay=mx1.globex.example[203.0.113.9]:25 delay=1.2 status=sent (250 2.0.0 Ok: queued as 9B1F23A0)\n\nThis means the message left our system and was accepted by globex.example. If the recipient cannot find it, please ask them to check their spam/junk folder or contact their IT department.\n\nCommon causes of bounces include 550 5.1.1 (user unknown) or 552 (mailbox full), but neither applies here.\n\nKind regards,\nSupport Team\nsupport@hosting.example\n',
      [['partners@globex.example', 'delivered', 'delivered']],
    ],
    [
      'an Amazon SES bounce of two recipients inside its SNS envelope',
      '{\n  "Type" : "Notification",\n  "MessageId" : "5b8f1c2d-3e4f-5a6b-7c8d-9e0f1a2b3c4d",\n  "TopicArn" : "arn:aws:sns:eu-west-1:123456789012:ses-bounces",\n  "Message" : "{\\"notificationType\\":\\"Bounce\\",\\"bounce\\":{\\"feedbackId\\":\\"0102018f7a-aaaa-bbbb-cccc-000000\\",\\"bounceType\\":\\"Permanent\\",\\"bounceSubType\\":\\"General\\",\\"bouncedRecipients\\":[{\\"emailAddress\\":\\"rita@example.org\\",\\"action\\":\\"failed\\",\\"status\\":\\"5.1.1\\",\\"diagnosticCode\\":\\"smtp; 550 5.1.1 <rita@example.org>: Recipient address rejected: User unknown in virtual alias table\\"},{\\"emailAddress\\":\\"stan@example.org\\",\\"action\\":\\"failed\\",\\"status\\":\\"5.4.1\\",\\"diagnosticCode\\":\\"smtp; 550 5.4.1 Recipient address rejected: Access denied. [AM4PEPF00012345.eurprd04.prod.outlook.com 2024-05-16T12:00:02.000Z 08DC7512ABCDEF01]\\"}],\\"timestamp\\":\\"2024-05-16T12:00:02.500Z\\",\\"remoteMtaIp\\":\\"192.0.2.33\\",\\"reportingMTA\\":\\"dsn; a7-20.smtp-out.eu-west-1.amazonses.com\\"},\\"mail\\":{\\"timestamp\\":\\"2024-05-16T12:00:00.456Z\\",\\"source\\":\\"billing@example.com\\",\\"sourceArn\\":\\"arn:aws:ses:eu-west-1:123456789012:identity/example.com\\",\\"sourceIp\\":\\"198.51.100.9\\",\\"sendingAccountId\\":\\"123456789012\\",\\"messageId\\":\\"0102018f7a1b2c3d-11112222-3333-4444-5555-666677778888-000000\\",\\"destination\\":[\\"rita@example.org\\",\\"stan@example.org\\",\\"tess@example.org\\"]}}",\n  "Timestamp" : "2024-05-16T12:00:03.010Z",\n  "SignatureVersion" : "1",\n  "Signature" : "AbCdEf0123456789==",\n  "SigningCertURL" : "https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-0000.pem",\n  "UnsubscribeURL" : "https://sns.eu-west-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:eu-west-1:123456789012:ses-bounces:abcd"\n}\n',
      [
        ['rita@example.org', 'failed', 'unknown-user'],
        ['stan@example.org', 'failed', 'unknown-user'],
      ],
    ],
  ])('reads %s', (_name, text, expected) => {
    expect(readings(text)).toEqual(expected)
  })
})
