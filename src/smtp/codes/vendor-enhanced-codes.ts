// Enhanced status codes that real mail systems send but that are NOT in the IANA "SMTP Enhanced
// Status Codes" registry (see enhanced-codes-data.ts for the registered ones). Their meaning is
// whatever the vendor says it is, so every entry cites the vendor's own public documentation:
// article title and address. Codes that are registered (5.7.1, 5.7.13, 5.7.26, 5.1.10, 4.7.5, …)
// are left out of that table even where a vendor gives them a special meaning; such reuses of a
// registered code are listed apart, in VENDOR_REUSED_CODES, and recognised by the reply's words.
// The text of each entry lives in locales/<lng>/bounce/vendor.json under `vendor.<key>` (reuses:
// locales/<lng>/enhanced-vendor.json under `reuse.entry.<key>`).
//
// Microsoft sources: the Microsoft Learn articles come from MicrosoftDocs/SupportArticles-docs
// (Exchange/ExchangeOnline/email-delivery/ndr/); titles are the articles' headings.

export type Vendor = 'microsoft' | 'google' | 'yahoo'

export interface VendorSource {
  title: string
  url: string
}

/** One vendor code, or a range of details sharing one meaning (5.7.606–5.7.649). */
export interface VendorEnhancedCode {
  /** Key of its text in locales/<lng>/bounce/vendor.json under vendor.<key>: kebab-case, e.g. 'microsoft-5-7-509', 'microsoft-5-7-606-649'. */
  key: string
  vendor: Vendor
  cls: 4 | 5
  subject: number
  /** First and last detail number, equal for a single code. */
  detailFrom: number
  detailTo: number
  source: VendorSource
}

const LEARN_NDR = 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/'

const MS_NDR_TABLE: VendorSource = {
  title: 'Email non-delivery reports and SMTP errors in Exchange Online',
  url: `${LEARN_NDR}non-delivery-reports-in-exchange-online`,
}

const MS_4_4_317: VendorSource = {
  title: 'NDR error code 450 4.4.317 "Cannot connect to remote server [Message=UntrustedRoot]"',
  url: `${LEARN_NDR}fix-error-code-450-4-4-317-untrusted-root`,
}

const MS_5_1_20: VendorSource = {
  title: 'NDR error code 550 5.1.20 "Multiple From addresses are not allowed without Sender address"',
  url: `${LEARN_NDR}fix-error-code-550-5-1-20-multiple-from-addresses`,
}

const MS_5_4_14: VendorSource = {
  title: 'Fix email delivery issues for error code 5.4.6 or 5.4.14 in Exchange Online',
  url: `${LEARN_NDR}fix-error-code-5-4-6-through-5-4-20-in-exchange-online`,
}

const MS_5_6_11: VendorSource = {
  title: 'Fix NDR error "550 5.6.11" in Exchange Online',
  url: `${LEARN_NDR}fix-error-code-550-5-6-11-in-exchange-online`,
}

const MS_5_7_57: VendorSource = {
  title: 'Fix email delivery issues for error code 5.7.57 in Exchange Online',
  url: `${LEARN_NDR}fix-error-code-5-7-57-in-exchange-online`,
}

const MS_5_7_193: VendorSource = {
  title: 'NDR "550 5.7.193" when external users send email to a Microsoft 365 group',
  url: `${LEARN_NDR}550-5-7-193-when-external-users-send-to-microsoft-365-group`,
}

const MS_5_7_367: VendorSource = {
  title: 'Forwarded or relayed email messages from Microsoft 365 are rejected with error 5.7.367',
  url: `${LEARN_NDR}forwarded-message-rejected-5-7-367-ndr`,
}

const MS_5_7_700_750: VendorSource = {
  title: 'Fix NDR error "550 5.7.700" through "550 5.7.750" in Exchange Online',
  url: `${LEARN_NDR}fix-error-code-5-7-700-through-5-7-750`,
}

const GOOGLE_SENDER_FAQ: VendorSource = {
  title: 'Email sender guidelines FAQ',
  url: 'https://support.google.com/a/answer/14229414',
}

const GOOGLE_SMTP_ERRORS: VendorSource = {
  title: 'Gmail SMTP errors and codes',
  url: 'https://support.google.com/a/answer/3726730',
}

export const VENDOR_ENHANCED_CODES: readonly VendorEnhancedCode[] = [
  {
    key: 'microsoft-4-4-8',
    vendor: 'microsoft',
    cls: 4,
    subject: 4,
    detailFrom: 8,
    detailTo: 8,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-4-4-316',
    vendor: 'microsoft',
    cls: 4,
    subject: 4,
    detailFrom: 316,
    detailTo: 316,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-4-4-317',
    vendor: 'microsoft',
    cls: 4,
    subject: 4,
    detailFrom: 317,
    detailTo: 317,
    source: MS_4_4_317,
  },
  {
    key: 'google-4-7-31',
    vendor: 'google',
    cls: 4,
    subject: 7,
    detailFrom: 31,
    detailTo: 31,
    source: GOOGLE_SENDER_FAQ,
  },
  {
    key: 'google-4-7-32',
    vendor: 'google',
    cls: 4,
    subject: 7,
    detailFrom: 32,
    detailTo: 32,
    source: GOOGLE_SENDER_FAQ,
  },
  {
    key: 'microsoft-4-7-321',
    vendor: 'microsoft',
    cls: 4,
    subject: 7,
    detailFrom: 321,
    detailTo: 321,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-4-7-322',
    vendor: 'microsoft',
    cls: 4,
    subject: 7,
    detailFrom: 322,
    detailTo: 322,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-4-7-323',
    vendor: 'microsoft',
    cls: 4,
    subject: 7,
    detailFrom: 323,
    detailTo: 323,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-4-7-324',
    vendor: 'microsoft',
    cls: 4,
    subject: 7,
    detailFrom: 324,
    detailTo: 324,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-4-7-325',
    vendor: 'microsoft',
    cls: 4,
    subject: 7,
    detailFrom: 325,
    detailTo: 325,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-4-7-500-699',
    vendor: 'microsoft',
    cls: 4,
    subject: 7,
    detailFrom: 500,
    detailTo: 699,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-4-7-850-899',
    vendor: 'microsoft',
    cls: 4,
    subject: 7,
    detailFrom: 850,
    detailTo: 899,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-5-0-350',
    vendor: 'microsoft',
    cls: 5,
    subject: 0,
    detailFrom: 350,
    detailTo: 350,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-5-1-20',
    vendor: 'microsoft',
    cls: 5,
    subject: 1,
    detailFrom: 20,
    detailTo: 20,
    source: MS_5_1_20,
  },
  {
    key: 'microsoft-5-1-90',
    vendor: 'microsoft',
    cls: 5,
    subject: 1,
    detailFrom: 90,
    detailTo: 90,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-5-2-121',
    vendor: 'microsoft',
    cls: 5,
    subject: 2,
    detailFrom: 121,
    detailTo: 121,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-5-2-122',
    vendor: 'microsoft',
    cls: 5,
    subject: 2,
    detailFrom: 122,
    detailTo: 122,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-5-3-190',
    vendor: 'microsoft',
    cls: 5,
    subject: 3,
    detailFrom: 190,
    detailTo: 190,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-5-4-8',
    vendor: 'microsoft',
    cls: 5,
    subject: 4,
    detailFrom: 8,
    detailTo: 8,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-5-4-14',
    vendor: 'microsoft',
    cls: 5,
    subject: 4,
    detailFrom: 14,
    detailTo: 14,
    source: MS_5_4_14,
  },
  {
    key: 'microsoft-5-4-300',
    vendor: 'microsoft',
    cls: 5,
    subject: 4,
    detailFrom: 300,
    detailTo: 300,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-5-6-11',
    vendor: 'microsoft',
    cls: 5,
    subject: 6,
    detailFrom: 11,
    detailTo: 11,
    source: MS_5_6_11,
  },
  {
    key: 'microsoft-5-7-57',
    vendor: 'microsoft',
    cls: 5,
    subject: 7,
    detailFrom: 57,
    detailTo: 57,
    source: MS_5_7_57,
  },
  {
    key: 'microsoft-5-7-64',
    vendor: 'microsoft',
    cls: 5,
    subject: 7,
    detailFrom: 64,
    detailTo: 64,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-5-7-124',
    vendor: 'microsoft',
    cls: 5,
    subject: 7,
    detailFrom: 124,
    detailTo: 124,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-5-7-133',
    vendor: 'microsoft',
    cls: 5,
    subject: 7,
    detailFrom: 133,
    detailTo: 133,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-5-7-134',
    vendor: 'microsoft',
    cls: 5,
    subject: 7,
    detailFrom: 134,
    detailTo: 134,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-5-7-135',
    vendor: 'microsoft',
    cls: 5,
    subject: 7,
    detailFrom: 135,
    detailTo: 135,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-5-7-136',
    vendor: 'microsoft',
    cls: 5,
    subject: 7,
    detailFrom: 136,
    detailTo: 136,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-5-7-193',
    vendor: 'microsoft',
    cls: 5,
    subject: 7,
    detailFrom: 193,
    detailTo: 193,
    source: MS_5_7_193,
  },
  {
    key: 'microsoft-5-7-232',
    vendor: 'microsoft',
    cls: 5,
    subject: 7,
    detailFrom: 232,
    detailTo: 232,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-5-7-233',
    vendor: 'microsoft',
    cls: 5,
    subject: 7,
    detailFrom: 233,
    detailTo: 233,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-5-7-321',
    vendor: 'microsoft',
    cls: 5,
    subject: 7,
    detailFrom: 321,
    detailTo: 321,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-5-7-322',
    vendor: 'microsoft',
    cls: 5,
    subject: 7,
    detailFrom: 322,
    detailTo: 322,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-5-7-323',
    vendor: 'microsoft',
    cls: 5,
    subject: 7,
    detailFrom: 323,
    detailTo: 323,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-5-7-324',
    vendor: 'microsoft',
    cls: 5,
    subject: 7,
    detailFrom: 324,
    detailTo: 324,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-5-7-325',
    vendor: 'microsoft',
    cls: 5,
    subject: 7,
    detailFrom: 325,
    detailTo: 325,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-5-7-367',
    vendor: 'microsoft',
    cls: 5,
    subject: 7,
    detailFrom: 367,
    detailTo: 367,
    source: MS_5_7_367,
  },
  {
    key: 'microsoft-5-7-501-503',
    vendor: 'microsoft',
    cls: 5,
    subject: 7,
    detailFrom: 501,
    detailTo: 503,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-5-7-504',
    vendor: 'microsoft',
    cls: 5,
    subject: 7,
    detailFrom: 504,
    detailTo: 504,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-5-7-505',
    vendor: 'microsoft',
    cls: 5,
    subject: 7,
    detailFrom: 505,
    detailTo: 505,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-5-7-506',
    vendor: 'microsoft',
    cls: 5,
    subject: 7,
    detailFrom: 506,
    detailTo: 506,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-5-7-507',
    vendor: 'microsoft',
    cls: 5,
    subject: 7,
    detailFrom: 507,
    detailTo: 507,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-5-7-508',
    vendor: 'microsoft',
    cls: 5,
    subject: 7,
    detailFrom: 508,
    detailTo: 508,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-5-7-509',
    vendor: 'microsoft',
    cls: 5,
    subject: 7,
    detailFrom: 509,
    detailTo: 509,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-5-7-510',
    vendor: 'microsoft',
    cls: 5,
    subject: 7,
    detailFrom: 510,
    detailTo: 510,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-5-7-511',
    vendor: 'microsoft',
    cls: 5,
    subject: 7,
    detailFrom: 511,
    detailTo: 511,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-5-7-512',
    vendor: 'microsoft',
    cls: 5,
    subject: 7,
    detailFrom: 512,
    detailTo: 512,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-5-7-513',
    vendor: 'microsoft',
    cls: 5,
    subject: 7,
    detailFrom: 513,
    detailTo: 513,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-5-7-606-649',
    vendor: 'microsoft',
    cls: 5,
    subject: 7,
    detailFrom: 606,
    detailTo: 649,
    source: MS_NDR_TABLE,
  },
  {
    key: 'microsoft-5-7-703',
    vendor: 'microsoft',
    cls: 5,
    subject: 7,
    detailFrom: 703,
    detailTo: 703,
    source: MS_5_7_700_750,
  },
  {
    key: 'microsoft-5-7-705',
    vendor: 'microsoft',
    cls: 5,
    subject: 7,
    detailFrom: 705,
    detailTo: 705,
    source: MS_5_7_700_750,
  },
  {
    key: 'microsoft-5-7-708',
    vendor: 'microsoft',
    cls: 5,
    subject: 7,
    detailFrom: 708,
    detailTo: 708,
    source: MS_5_7_700_750,
  },
  {
    key: 'microsoft-5-7-750',
    vendor: 'microsoft',
    cls: 5,
    subject: 7,
    detailFrom: 750,
    detailTo: 750,
    source: MS_5_7_700_750,
  },
  {
    key: 'microsoft-5-7-800',
    vendor: 'microsoft',
    cls: 5,
    subject: 7,
    detailFrom: 800,
    detailTo: 800,
    source: MS_NDR_TABLE,
  },
]

/**
 * A code that IS in the IANA registry, sent by a vendor with a meaning of its own. The code alone
 * cannot tell which meaning is meant; the vendor's reply words can ("SPF" in Gmail's 5.7.27).
 */
export interface VendorReusedCode {
  /** Key of its text in locales/<lng>/enhanced-vendor.json under reuse.entry.<key>. */
  key: string
  vendor: Vendor
  /** The registered codes reused, each with its class: ['4.7.27', '5.7.27']. */
  codes: readonly string[]
  /** Words of the vendor's reply that show its own meaning is meant. */
  words: RegExp
  source: VendorSource
}

export const VENDOR_REUSED_CODES: readonly VendorReusedCode[] = [
  {
    // Registered: X.7.27 "Sender address has null MX" (RFC 7505 §4.2). Gmail: SPF did not pass.
    key: 'google-x-7-27-spf',
    vendor: 'google',
    codes: ['4.7.27', '5.7.27'],
    words: /\bSPF\b/i,
    source: GOOGLE_SENDER_FAQ,
  },
  {
    // Registered: X.7.30 "REQUIRETLS support required" (RFC 8689). Gmail: DKIM did not pass.
    key: 'google-x-7-30-dkim',
    vendor: 'google',
    codes: ['4.7.30', '5.7.30'],
    words: /\bDKIM\b/i,
    source: GOOGLE_SENDER_FAQ,
  },
  {
    // Registered: X.7.14 "Trust relationship required" (RFC 4468 §5, RFC 5248). Gmail: sign in on the web first.
    key: 'google-5-7-14-web-login',
    vendor: 'google',
    codes: ['5.7.14'],
    words: /(?:log|sign) ?in (?:via|with) your web ?browser/i,
    source: GOOGLE_SMTP_ERRORS,
  },
  {
    // Registered: X.1.10 "Recipient address has null MX" (RFC 7505 §4.1). Microsoft: recipient not found.
    key: 'microsoft-5-1-10-not-found',
    vendor: 'microsoft',
    codes: ['5.1.10'],
    words: /RESOLVER\.ADR\.RecipientNotFound|recipient not found/i,
    source: MS_NDR_TABLE,
  },
  {
    // Registered: X.7.12 "A password transition is needed" (RFC 4954 §6). Microsoft: "Sender was not
    // authenticated by organization", the recipient rejects mail from outside its organization.
    key: 'microsoft-5-7-12-outside-org',
    vendor: 'microsoft',
    codes: ['5.7.12'],
    words: /\bnot authenticated by organi[sz]ation\b/i,
    source: MS_NDR_TABLE,
  },
  {
    // Registered: X.7.13 "User Account Disabled" (RFC 5248). Microsoft: "Sender was not authenticated
    // for public folder", the same meaning as its unregistered 5.7.135 (microsoft-5-7-135 above).
    key: 'microsoft-5-7-13-public-folder',
    vendor: 'microsoft',
    codes: ['5.7.13'],
    words: /\bnot authenticated for public folder\b/i,
    source: MS_NDR_TABLE,
  },
  {
    // Registered: X.7.9 "Authentication mechanism is too weak" (RFC 4954 §6), a reply to AUTH. Yahoo
    // and AOL: the message failed their SPF, DKIM or DMARC checks, after the data.
    key: 'yahoo-5-7-9-policy',
    vendor: 'yahoo',
    codes: ['5.7.9'],
    words: /\bnot accepted for policy reasons\b/i,
    source: {
      title: 'Error "554 5.7.9: Message not accepted for policy reasons" when sending email to Yahoo',
      url: 'https://help.yahoo.com/kb/SLN7253.html',
    },
  },
]
