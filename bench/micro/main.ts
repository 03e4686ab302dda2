// Runs inside Chromium (built by bench/run.mjs): times the bounce analyzer on a 1 MB paste and
// the code search over the full data, with the production build of our own modules.
import { loadCodeSearch } from '../../src/i18n/code-search'
import { analyzeBounceDetailed } from '../../src/smtp/bounce/find-codes'
import { benchBounceReport } from './bounce'
import { time } from './timing'

// A realistic bounce repeated to 1 MB, and a hostile 1 MB of digits and dots.
const bounce =
  'Reporting-MTA: dns; mx.example.org\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\n550 5.1.1 user unknown 192.0.2.15 2024-05-01 10:55:01\n'
const realistic = bounce.repeat(Math.ceil(1_048_576 / bounce.length)).slice(0, 1_048_576)
const hostile = '5.1.1.1 550.1 192.0.2.1 '.repeat(Math.ceil(1_048_576 / 24)).slice(0, 1_048_576)

async function run() {
  const search = await loadCodeSearch()
  const queries = [
    '550',
    '5.7',
    'posta kutusu dolu',
    'mailbox full',
    'yanit',
    'relay denid',
    'kimlik doğrulama',
  ]
  const results = {
    bounceRealisticMs: time(() => analyzeBounceDetailed(realistic), 5),
    bounceHostileMs: time(() => analyzeBounceDetailed(hostile), 5),
    report: benchBounceReport(),
    searchMs: Object.fromEntries(
      queries.map((q) => [q, time(() => search.search(q, { language: 'tr', limit: 50 }), 20)]),
    ),
  }
  ;(window as unknown as { benchResults: unknown }).benchResults = results
}

void run()
