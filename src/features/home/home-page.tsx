import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { useCurrentLanguage } from '../../components/current-language'
import { PageHeader } from '../../components/page-header'
import { ContinueLearning } from './continue-learning'
import { homeHead } from './head'

const CARDS = [
  { to: '/$lang/learn/', nav: 'nav.learn', body: 'home.cards.learn' },
  { to: '/$lang/simulator/', nav: 'nav.simulator', body: 'home.cards.simulator' },
  { to: '/$lang/codes/', nav: 'nav.codes', body: 'home.cards.codes' },
  { to: '/$lang/compare/', nav: 'nav.compare', body: 'home.cards.compare' },
  { to: '/$lang/bounce/', nav: 'nav.bounce', body: 'home.cards.bounce' },
] as const

export function HomePage() {
  const { t, i18n } = useTranslation()
  const lang = useCurrentLanguage()
  return (
    <div className="page">
      <PageHeader {...homeHead(i18n)}>
        <ContinueLearning />
      </PageHeader>
      <ul className="card-grid">
        {CARDS.map((card) => (
          <li key={card.to} className="card">
            <h2>
              <Link to={card.to} params={{ lang }}>
                {t(card.nav)}
              </Link>
            </h2>
            <p>{t(card.body)}</p>
          </li>
        ))}
      </ul>
    </div>
  )
}
