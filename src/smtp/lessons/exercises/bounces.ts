// Exercises of lesson 8: three bounces in the shape RFC 3464 and RFC 6522 give them (a part for
// people, a machine-readable delivery-status part). Hand-written like the explainer's examples;
// the addresses and hosts are from the documentation ranges (example.com/.org, 192.0.2.0/24).
import type { Exercise } from '../types'

const UNKNOWN_USER = [
  'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
  'To: alice@example.com',
  'Subject: Undelivered Mail Returned to Sender',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"',
  '',
  '--B1',
  'Content-Type: text/plain; charset=us-ascii',
  '',
  'This is the mail system at host mail.example.com.',
  'Your message could not be delivered to one or more recipients.',
  '',
  '<bobb@example.org>: host mx.example.org[192.0.2.10] said: 550 5.1.1',
  '    <bobb@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)',
  '',
  '--B1',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mail.example.com',
  'Arrival-Date: Mon, 3 Mar 2025 09:14:02 +0100',
  '',
  'Final-Recipient: rfc822; bobb@example.org',
  'Action: failed',
  'Status: 5.1.1',
  'Remote-MTA: dns; mx.example.org',
  'Diagnostic-Code: smtp; 550 5.1.1 <bobb@example.org>: Recipient address rejected: User unknown',
  '--B1--',
]

const TWO_RECIPIENTS = [
  'From: Mail Delivery System <mailer-daemon@mail.example.com>',
  'To: alice@example.com',
  'Subject: Delivery Status Notification (Failure)',
  '',
  'Delivery to the following recipients failed permanently:',
  '    bob@example.org',
  '    carol@example.org',
  '',
  'Reporting-MTA: dns; mail.example.com',
  '',
  'Final-Recipient: rfc822; bob@example.org',
  'Action: failed',
  'Status: 5.1.1',
  'Diagnostic-Code: smtp; 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown',
  '',
  'Final-Recipient: rfc822; carol@example.org',
  'Action: failed',
  'Status: 5.2.2',
  'Diagnostic-Code: smtp; 552 5.2.2 <carol@example.org>: Mailbox full',
]

const BLOCKED = [
  'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
  'To: alice@example.com',
  'Subject: Undelivered Mail Returned to Sender',
  '',
  'Reporting-MTA: dns; mail.example.com',
  'X-Postfix-Queue-ID: 4F2A81C0D3',
  'Arrival-Date: Tue, 4 Mar 2025 16:40:11 +0100',
  '',
  'Final-Recipient: rfc822; erin@example.net',
  'Action: failed',
  'Status: 5.7.1',
  'Remote-MTA: dns; mx1.example.net',
  'Diagnostic-Code: smtp; 554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using bl.example.net',
]

/** The index of the line that starts with `start`: answers stay right when a bounce gains a line. */
function lineOf(lines: readonly string[], start: string): number {
  return lines.findIndex((line) => line.startsWith(start))
}

export const READING_BOUNCES: readonly Exercise[] = [
  {
    kind: 'bounce',
    id: 'find-cause',
    lines: UNKNOWN_USER,
    // The quoted reply wraps onto a second line; that line carries the server's own words.
    answers: [
      lineOf(UNKNOWN_USER, '<bobb@example.org>: host'),
      lineOf(UNKNOWN_USER, '    <bobb@example.org>: Recipient'),
      lineOf(UNKNOWN_USER, 'Diagnostic-Code:'),
    ],
    typicalWrong: lineOf(UNKNOWN_USER, 'Subject:'),
  },
  {
    kind: 'bounce',
    id: 'find-recipient',
    lines: TWO_RECIPIENTS,
    // Carol's Status field gives the same cause in RFC 3464's machine-readable form.
    answers: [lineOf(TWO_RECIPIENTS, 'Diagnostic-Code: smtp; 552'), lineOf(TWO_RECIPIENTS, 'Status: 5.2.2')],
    typicalWrong: lineOf(TWO_RECIPIENTS, 'Diagnostic-Code: smtp; 550'),
  },
  {
    kind: 'bounce',
    id: 'find-remote',
    lines: BLOCKED,
    answers: [lineOf(BLOCKED, 'Remote-MTA:')],
    typicalWrong: lineOf(BLOCKED, 'Reporting-MTA:'),
  },
]
