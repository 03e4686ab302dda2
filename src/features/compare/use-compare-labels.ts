// Turns the ids that compareCodes returns (classes, stages, actors, retry advice…) into words of
// the active language. The difference templates in compare.json take raw ids, so every value is
// translated here before it is interpolated.
import { useCurrentLanguage } from '../../components/current-language'
import { useCodeText } from '../../i18n/code-text'
import { useDataText } from '../../i18n/dynamic-text'
import type { Language } from '../../i18n/languages'
import type { ComparedCode, Difference, DifferenceId } from '../../smtp/compare/compare'

/**
 * Lower-cases the first letter of a label that sits mid-sentence ("The person sending the mail" →
 * "the person sending the mail"), with the locale's rules (İ → i in Turkish). Labels that start
 * with an acronym ("EHLO", "SMTP") are left alone.
 */
export function lowerFirst(text: string, lang: Language): string {
  const [first = '', second = ''] = Array.from(text)
  if (second && second === second.toLocaleUpperCase(lang) && second !== second.toLocaleLowerCase(lang))
    return text
  return first.toLocaleLowerCase(lang) + text.slice(first.length)
}

export function useCompareLabels() {
  const lang = useCurrentLanguage()
  const codes = useDataText('codes')
  const enhanced = useDataText('enhanced')
  const compare = useDataText('compare')
  // 'a, b and c' from the locale's own words: Intl.ListFormat would cost the page ~150 ms on a
  // slow phone, as the first Intl object it makes.
  const list = (items: string[]) =>
    items.length < 2
      ? (items[0] ?? '')
      : compare('ui.list.last', {
          head: items.slice(0, -1).join(compare('ui.list.separator')),
          last: items.at(-1),
        })

  const { title: titleOfCode } = useCodeText()
  /** The code's title: reply.<code>.title or codes.<s>.<d>.title. */
  const title = (side: ComparedCode) => titleOfCode(side.code)

  /** The class name as the code's own catalogue words it (basic and enhanced classes differ). */
  const className = (side: ComparedCode) => {
    if (side.cls === 'X') return compare('ui.anyClass')
    return side.kind === 'reply' ? codes(`class.${side.cls}.name`) : enhanced(`class.${side.cls}.name`)
  }

  const stageList = (stages: readonly string[]) =>
    list(stages.map((s) => lowerFirst(codes(`stage.${s}`), lang)))

  /** One aspect's value of one side, in words that fit mid-sentence. */
  const value = (id: DifferenceId, raw: string | string[], side: ComparedCode): string => {
    if (Array.isArray(raw)) return stageList(raw)
    switch (id) {
      case 'kind':
        return compare(`ui.value.kind.${raw}`)
      case 'class': {
        if (side.cls === 'X') return lowerFirst(compare('ui.anyClass'), lang)
        const name = lowerFirst(className(side), lang)
        // Basic classes carry a short "what to do" label; enhanced classes are already worded that way.
        return side.kind === 'reply'
          ? compare('ui.value.classWithShort', {
              name,
              short: lowerFirst(codes(`class.${side.cls}.short`), lang),
            })
          : name
      }
      case 'transience':
        // compareCodes reports 'none' both for success codes and for X.y.z, whose class is open.
        return compare(`ui.value.transience.${side.cls === 'X' ? 'open' : raw}`)
      case 'retry':
        return compare(`ui.value.retry.${raw}`)
      case 'actor':
        return lowerFirst(codes(`actor.${raw}`), lang)
      case 'provenance':
        return compare(`ui.value.provenance.${raw}`)
      case 'stages':
        return stageList([raw])
    }
  }

  /** A difference as a sentence, through compare.json difference.<id>. */
  const difference = (d: Difference, a: ComparedCode, b: ComparedCode) =>
    compare(`difference.${d.id}`, {
      a: a.code,
      b: b.code,
      valueA: value(d.id, d.a, a),
      valueB: value(d.id, d.b, b),
    })

  return { lang, codes, enhanced, compare, title, className, value, difference, stageList }
}
