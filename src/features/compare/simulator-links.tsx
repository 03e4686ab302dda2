import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { useCurrentLanguage } from '../../components/current-language'
import { useDataText } from '../../i18n/dynamic-text'
import { scenarioStepsWithCode } from '../../prebuilt/scenario-index'
import type { ComparedCode } from '../../smtp/compare/compare'
import type { ScenarioId } from '../../smtp/scenarios/scenario-ids'

/**
 * Scenario steps where a code occurs. An 'X.y.z' code never appears literally in a session, so it
 * takes the steps of any concrete class (2, 4, 5) with the same subject and detail.
 */
export function stepsWithCode(side: ComparedCode): readonly { scenarioId: ScenarioId; step: number }[] {
  if (!side.code.startsWith('X.')) return scenarioStepsWithCode(side.code)
  const rest = side.code.slice(1)
  // The first occurrence per scenario wins: classes are tried in order 2, 4, 5.
  const byScenario = new Map<ScenarioId, number>()
  for (const cls of ['2', '4', '5'])
    for (const { scenarioId, step } of scenarioStepsWithCode(cls + rest))
      if (!byScenario.has(scenarioId)) byScenario.set(scenarioId, step)
  return [...byScenario].map(([scenarioId, step]) => ({ scenarioId, step }))
}

/** "See them in the simulator": per code, a link to the first step of each scenario that shows it. */
export function SimulatorLinks({ sides }: { sides: ComparedCode[] }) {
  const { t } = useTranslation('compare')
  const scenarios = useDataText('scenarios')
  const lang = useCurrentLanguage()
  return (
    <section className="compare-section compare-simulator" aria-labelledby="compare-simulator">
      <h2 id="compare-simulator">{t('ui.simulator.title')}</h2>
      <div className="compare-columns">
        {sides.map((side) => {
          const steps = stepsWithCode(side)
          return (
            <div key={side.code}>
              <h3 translate="no">{side.code}</h3>
              {steps.length === 0 ? (
                <p>{t('ui.simulator.none', { code: side.code })}</p>
              ) : (
                <ul aria-label={t('ui.simulator.listLabel', { code: side.code })}>
                  {steps.map(({ scenarioId, step }) => (
                    <li key={scenarioId}>
                      <Link to="/$lang/simulator/" params={{ lang }} search={{ scenario: scenarioId, step }}>
                        {t('ui.simulator.step', {
                          scenario: scenarios(`scenario.${scenarioId}.title`),
                          // The URL keeps the engine's 0-based index; people count steps from 1.
                          step: step + 1,
                        })}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )
        })}
      </div>
    </section>
  )
}
