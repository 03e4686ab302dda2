import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { useCurrentLanguage } from '../../components/current-language'
import { useDataText } from '../../i18n/dynamic-text'
import type { Lesson } from '../../smtp/lessons/lessons'

/** Where the lesson's subject lives in the app: simulator steps, code pages, comparisons, a bounce. */
export function LessonLinks({ lesson }: { lesson: Lesson }) {
  const { t } = useTranslation('learn')
  const { t: common } = useTranslation()
  const scenarios = useDataText('scenarios')
  const lang = useCurrentLanguage()
  return (
    <section aria-labelledby="lesson-links-heading">
      <h2 id="lesson-links-heading">{t('lesson.seeAlso')}</h2>
      <ul className="link-list lesson-links">
        {lesson.simulator.map(({ scenario, step }) => (
          <li key={`${scenario}:${step}`}>
            <Link to="/$lang/simulator/" params={{ lang }} search={{ scenario, step }}>
              {t('lesson.simulatorStep', {
                scenario: scenarios(`scenario.${scenario}.title`),
                step: step + 1,
              })}
            </Link>
          </li>
        ))}
        {lesson.codes.map((code) => (
          <li key={code}>
            <Link to="/$lang/codes/$code/" params={{ lang, code }}>
              {common('pages.code.title', { code })}
            </Link>
          </li>
        ))}
        {lesson.compare.map(([a, b]) => (
          <li key={`${a}/${b}`}>
            <Link to="/$lang/compare/$a/$b/" params={{ lang, a, b }}>
              {common('pages.comparePair.title', { a, b })}
            </Link>
          </li>
        ))}
        {lesson.bounceExample ? (
          <li>
            <Link to="/$lang/bounce/" params={{ lang }} search={{ example: lesson.bounceExample }}>
              {t('lesson.bounceExample')}
            </Link>
          </li>
        ) : null}
      </ul>
    </section>
  )
}
