import type { BounceReport } from '../../smtp/bounce/report'
import { BounceFindings } from './bounce-findings'
import { BounceSummary } from './bounce-summary'
import { HighlightedText } from './highlighted-text'

/**
 * What a pasted bounce says: the per-recipient answer, every code found, and the text with its
 * codes marked. Its own chunk, with the catalogues it links to: the page downloads it (and the
 * reasons' texts, see RESULT_TEXTS) when the visitor reaches for the input, not with the page.
 */
export default function BounceResults({
  report,
  stale,
  withCodes,
}: {
  report: BounceReport
  stale: boolean
  /** The codes' descriptions are loaded: the findings and the marked text can show. */
  withCodes: boolean
}) {
  return (
    <div className={stale ? 'bounce-results stale' : 'bounce-results'}>
      {report.recipients.length > 0 ? <BounceSummary recipients={report.recipients} /> : null}
      {withCodes ? (
        <>
          <BounceFindings findings={report.findings} />
          <HighlightedText text={report.text} decoded={report.decoded} occurrences={report.occurrences} />
        </>
      ) : null}
    </div>
  )
}
