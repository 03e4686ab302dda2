import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useCurrentLanguage } from '../../components/current-language'
import { type Playback, SPEEDS, type Speed } from './use-playback'

interface Props {
  playback: Playback
  guessMode: boolean
  onGuessMode: (on: boolean) => void
}

/** Buttons ask the playback what is possible (atStart/atEnd); nothing keeps a parallel flag. */
export function PlaybackControls({ playback, guessMode, onGuessMode }: Props) {
  const { t } = useTranslation('simulator')
  const lang = useCurrentLanguage()
  const number = new Intl.NumberFormat(lang)
  const speedId = useId()
  return (
    <div className="controls">
      <fieldset className="control-buttons">
        <legend className="visually-hidden">{t('controls.label')}</legend>
        <button type="button" onClick={playback.first} disabled={playback.atStart}>
          <span aria-hidden="true">« </span>
          {t('controls.first')}
        </button>
        <button type="button" onClick={playback.previous} disabled={playback.atStart}>
          <span aria-hidden="true">‹ </span>
          {t('controls.previous')}
        </button>
        <button type="button" className="primary" onClick={playback.toggle}>
          <span aria-hidden="true">{playback.playing ? '‖ ' : '▶ '}</span>
          {playback.playing
            ? t('controls.pause')
            : playback.atEnd
              ? t('controls.replay')
              : t('controls.play')}
        </button>
        <button type="button" onClick={playback.next} disabled={playback.atEnd}>
          {t('controls.next')}
          <span aria-hidden="true"> ›</span>
        </button>
        <button type="button" onClick={playback.last} disabled={playback.atEnd}>
          {t('controls.last')}
          <span aria-hidden="true"> »</span>
        </button>
      </fieldset>
      <div className="control-options">
        <span>
          <label htmlFor={speedId}>{t('controls.speed')}</label>{' '}
          <select
            id={speedId}
            value={String(playback.speed)}
            onChange={(event) => playback.setSpeed(Number(event.target.value) as Speed)}
          >
            {SPEEDS.map((speed) => (
              <option key={speed} value={String(speed)}>
                {t('controls.speedValue', { value: number.format(speed) })}
              </option>
            ))}
          </select>
        </span>
        <label>
          <input
            type="checkbox"
            checked={guessMode}
            onChange={(event) => onGuessMode(event.target.checked)}
          />{' '}
          {t('guess.toggle')}
        </label>
      </div>
      <p className="hint">{t('controls.keys')}</p>
    </div>
  )
}
