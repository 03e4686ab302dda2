import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { type Playback, SPEEDS, type Speed } from './use-playback'

interface Props {
  playback: Playback
  guessMode: boolean
  onGuessMode: (on: boolean) => void
}

// Speed labels are written in the locales ('0,5×' in Turkish) rather than formatted with
// Intl.NumberFormat: the first Intl object a page makes costs ~150 ms on a slow phone.
const SPEED_NAMES = { 0.5: 'half', 1: 'normal', 2: 'double' } as const satisfies Record<Speed, string>

/** Buttons ask the playback what is possible (atStart/atEnd); nothing keeps a parallel flag. */
export function PlaybackControls({ playback, guessMode, onGuessMode }: Props) {
  const { t } = useTranslation('simulator')
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
                {t(`controls.speeds.${SPEED_NAMES[speed]}`)}
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
      <p className="hint keys-hint">{t('controls.keys')}</p>
    </div>
  )
}
