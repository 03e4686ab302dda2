import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { SCENARIOS, type ScenarioId } from '../../smtp/scenarios'
import { useNarration } from './use-narration'

/**
 * Every scenario as a radio card with its one-line description: the happy path first, then
 * the failure branches in the order scenarios-data.ts lists them. Arrow keys move within the
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
        {SCENARIOS.map((scenario) => (
          <li key={scenario.id}>
            <label className="scenario-card">
              <input
                type="radio"
                name="scenario"
                value={scenario.id}
                checked={scenario.id === current}
                onChange={() => onChange(scenario.id)}
                aria-labelledby={`scenario-title-${scenario.id}`}
                aria-describedby={`scenario-desc-${scenario.id}`}
              />
              <span className="scenario-text">
                <span className="scenario-title" id={`scenario-title-${scenario.id}`}>
                  {narration.scenarioTitle(scenario.id)}
                </span>
                <span className="scenario-desc" id={`scenario-desc-${scenario.id}`}>
                  {narration.scenarioDescription(scenario.id)}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
})
