import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { SCENARIO_IDS, type ScenarioId } from '../../smtp/scenario-ids'
import { useNarration } from './use-narration'

/**
 * Every scenario as a radio card with its one-line description: the happy path first, then
 * the failure branches in the order scenario-ids.ts lists them. Arrow keys move within the
 * group natively (the page's ←/→ shortcuts leave form controls alone).
 */
export const ScenarioPicker = memo(function ScenarioPicker({
  current,
  onChange,
}: {
  current: ScenarioId
  onChange: (id: ScenarioId) => void
}) {
  const { t } = useTranslation('simulator')
  const narration = useNarration()
  return (
    <fieldset className="scenario-picker">
      <legend>{t('picker.legend')}</legend>
      <ul>
        {SCENARIO_IDS.map((id) => (
          <li key={id}>
            <label className="scenario-card">
              <input
                type="radio"
                name="scenario"
                value={id}
                checked={id === current}
                onChange={() => onChange(id)}
                aria-labelledby={`scenario-title-${id}`}
                aria-describedby={`scenario-desc-${id}`}
              />
              <span className="scenario-text">
                <span className="scenario-title" id={`scenario-title-${id}`}>
                  {narration.scenarioTitle(id)}
                </span>
                <span className="scenario-desc" id={`scenario-desc-${id}`}>
                  {narration.scenarioDescription(id)}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
})
