import { memo, useId } from 'react'
import { useTranslation } from 'react-i18next'
import { SCENARIO_GROUPS, type ScenarioId } from '../../smtp/scenarios/scenario-ids'
import { useNarration } from './use-narration'

/**
 * The scenarios as one select, grouped by how the session ends (delivered, temporary refusal,
 * permanent refusal, protocol error), so the diagram and its controls stay on the first screen.
 * The chosen scenario's description is shown under the player's heading.
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
  const id = useId()
  return (
    <div className="scenario-picker">
      <label htmlFor={id}>{t('picker.label')}</label>
      <select id={id} value={current} onChange={(event) => onChange(event.target.value as ScenarioId)}>
        {SCENARIO_GROUPS.map((group) => (
          <optgroup key={group.id} label={t(`picker.group.${group.id}`)}>
            {group.scenarios.map((scenario) => (
              <option key={scenario} value={scenario}>
                {narration.scenarioTitle(scenario)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  )
})
