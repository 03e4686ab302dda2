import { useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { checkOrder } from '../../smtp/lessons/check'
import type { OrderExercise as Exercise } from '../../smtp/lessons/types'
import type { OnVerdict } from './verdict'

type Direction = 'up' | 'down'

/** A block's name for buttons and announcements: its first line, with "…" when more follow. */
function blockLabel(lines: readonly string[]): string {
  return lines.length > 1 ? `${lines[0]} …` : (lines[0] ?? '')
}

/**
 * Blocks of client lines to put in order with "move up" and "move down" buttons: no dragging, so a
 * keyboard, a pointer and a screen reader all work the same way. Focus follows the moved block, and
 * a live region says where it went.
 */
export function OrderExercise({ exercise, onVerdict }: { exercise: Exercise; onVerdict: OnVerdict }) {
  const { t } = useTranslation('learn')
  const [order, setOrder] = useState<readonly string[]>(exercise.start)
  const [announcement, setAnnouncement] = useState('')
  const buttons = useRef(new Map<string, HTMLButtonElement>())
  const refocus = useRef<{ id: string; direction: Direction }>(undefined)
  const blocks = new Map(exercise.blocks.map((b) => [b.id, b]))

  // After every render: a move has re-ordered the buttons, and the moved block keeps the focus.
  useLayoutEffect(() => {
    const wanted = refocus.current
    if (!wanted) return
    refocus.current = undefined
    // At the top the "up" button is disabled: keep focus on the block through its other button.
    const same = buttons.current.get(`${wanted.id}:${wanted.direction}`)
    const other = buttons.current.get(`${wanted.id}:${wanted.direction === 'up' ? 'down' : 'up'}`)
    ;(same && !same.disabled ? same : other)?.focus()
  })

  const move = (index: number, direction: Direction) => {
    const target = direction === 'up' ? index - 1 : index + 1
    const id = order[index]
    if (id === undefined || target < 0 || target >= order.length) return
    const next = [...order]
    next.splice(index, 1)
    next.splice(target, 0, id)
    refocus.current = { id, direction }
    setOrder(next)
    const item = blockLabel(blocks.get(id)?.lines ?? [])
    setAnnouncement(t('exercise.order.moved', { item, position: target + 1, total: next.length }))
  }

  return (
    <div className="exercise-body">
      <ol className="order-list" aria-label={t('exercise.order.list')}>
        {order.map((id, index) => {
          const lines = blocks.get(id)?.lines ?? []
          const item = blockLabel(lines)
          return (
            <li key={id} className="order-item">
              <pre translate="no">{lines.map((line) => `C: ${line}`).join('\n')}</pre>
              <span className="order-buttons">
                {(['up', 'down'] as const).map((direction) => (
                  <button
                    key={direction}
                    type="button"
                    ref={(el) => {
                      if (el) buttons.current.set(`${id}:${direction}`, el)
                      else buttons.current.delete(`${id}:${direction}`)
                    }}
                    disabled={direction === 'up' ? index === 0 : index === order.length - 1}
                    aria-label={t(`exercise.order.${direction}`, { item })}
                    onClick={() => move(index, direction)}
                  >
                    <span aria-hidden="true">{direction === 'up' ? '↑' : '↓'}</span>
                  </button>
                ))}
              </span>
            </li>
          )
        })}
      </ol>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <button type="button" onClick={() => onVerdict(checkOrder(exercise, order))}>
        {t('exercise.check')}
      </button>
    </div>
  )
}
