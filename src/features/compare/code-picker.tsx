import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCurrentLanguage } from '../../components/current-language'
import { useCodeSearch } from '../../i18n/code-search'
import { useCodeText } from '../../i18n/code-text'
import { describeCode } from '../../smtp/compare/compare'

const LIMIT = 12

/**
 * A searchable code field: an ARIA 1.2 combobox (input + listbox, active option announced through
 * aria-activedescendant so focus never leaves the input). Typing a known code exactly also counts
 * as a choice, so "550" + Compare works without opening the list.
 */
export function CodePicker({
  label,
  value,
  initialText,
  onChange,
  invalid,
  errorId,
  starters,
}: {
  label: string
  value: string
  initialText: string
  onChange: (code: string) => void
  invalid: boolean
  errorId: string
  /** Shown when the field is empty and the list is opened, so ↓ always offers something. */
  starters: readonly string[]
}) {
  const { t } = useTranslation('compare')
  const lang = useCurrentLanguage()
  const { title: titleOf } = useCodeText()
  const id = useId()
  const listId = `${id}-list`
  const statusId = `${id}-status`
  const [text, setText] = useState(initialText)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const inputRef = useRef<HTMLInputElement>(null)
  // The search holds both languages' text of every code: it loads when the field is first
  // focused or holds a query, not with the page (the starter list needs none of it).
  const [engaged, setEngaged] = useState(false)
  const query = text.trim()
  const search = useCodeSearch(engaged || query !== '')

  const results = query
    ? (search?.search(query, { language: lang, limit: LIMIT }).map((r) => r.code) ?? [])
    : [...starters]
  const optionId = (i: number) => `${id}-option-${i}`
  const expanded = open && results.length > 0

  const choose = (code: string) => {
    setText(code)
    onChange(code)
    setOpen(false)
    setActive(-1)
  }

  const onType = (next: string) => {
    setText(next)
    setOpen(true)
    setActive(-1)
    onChange(describeCode(next)?.code ?? '')
  }

  // On a prerendered page the field can be typed into before the app hydrates; React keeps the
  // DOM text but not our state, so adopt it once on mount instead of silently dropping it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, right after hydration
  useEffect(() => {
    const typed = inputRef.current?.value ?? ''
    if (typed !== text) onType(typed)
  }, [])

  const move = (step: 1 | -1) => {
    if (!results.length) return
    if (!open) setOpen(true)
    setActive((i) =>
      i < 0 ? (step === 1 ? 0 : results.length - 1) : (i + step + results.length) % results.length,
    )
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault()
        move(1)
        break
      case 'ArrowUp':
        event.preventDefault()
        move(-1)
        break
      case 'Enter': {
        const code = expanded && active >= 0 ? results[active] : undefined
        // Enter on an option chooses it; otherwise it submits the form as usual.
        if (code) {
          event.preventDefault()
          choose(code)
        }
        break
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault()
          setOpen(false)
          setActive(-1)
        } else if (text) {
          event.preventDefault()
          onType('')
          setOpen(false)
        }
        break
    }
  }

  const status = value
    ? t('ui.picker.chosen', { code: value, title: titleOf(value) })
    : query && search && open
      ? results.length
        ? t('ui.picker.results', { count: results.length })
        : t('ui.picker.noResults', { query })
      : ''

  return (
    <div className="code-picker">
      <label htmlFor={id}>{label}</label>
      <input
        ref={inputRef}
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${statusId} ${errorId}` : statusId}
        placeholder={t('ui.picker.placeholder')}
        value={text}
        onChange={(event) => onType(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => setEngaged(true)}
        onBlur={() => {
          setOpen(false)
          setActive(-1)
        }}
        onClick={() => setOpen(true)}
      />
      <div id={listId} role="listbox" aria-label={label} className="code-picker-list" hidden={!expanded}>
        {expanded
          ? results.map((code, i) => (
              // Keyboard use goes through the input (aria-activedescendant); the click is for pointers.
              // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys
              <div
                key={code}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                tabIndex={-1}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(code)}
              >
                <span className="code-picker-code" translate="no">
                  {code}
                </span>
                <span>{titleOf(code)}</span>
              </div>
            ))
          : null}
      </div>
      <p id={statusId} className="code-picker-status" aria-live="polite">
        {status}
      </p>
    </div>
  )
}
