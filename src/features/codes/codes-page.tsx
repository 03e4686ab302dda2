import { getRouteApi } from '@tanstack/react-router'
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCurrentLanguage } from '../../components/current-language'
import { PageHeader } from '../../components/page-header'
import { useCodeSearch } from '../../i18n/code-search'
import { useLocaleFiles } from '../../i18n/use-locale-files'
import { CodesBrowse, useBrowseCount } from './codes-browse'
import { CodesFilters } from './codes-filters'
import { CodesResults } from './codes-results'
import { type CodesSearch, queryForUrl, queryText } from './codes-search-params'
import './codes.css'
import { codesHead } from './head'

const route = getRouteApi('/$lang/codes/')

export function CodesPage() {
  const { t, i18n } = useTranslation(['common', 'browser'])
  const lang = useCurrentLanguage()
  const search = route.useSearch()
  const navigate = route.useNavigate()

  // The input keeps its own state so typing never waits for the router; the URL follows with
  // `replace` (one history entry per visit, not per key). `pushed` tells our own URL updates apart
  // from outside ones (back/forward, a link), which must overwrite the box.
  const urlQuery = queryText(search)
  const [query, setQuery] = useState(urlQuery)
  const pushed = useRef(urlQuery)
  useEffect(() => {
    // Compared as URL values: typing '5.10' pushes it, and the URL may hand back the same query.
    if (queryForUrl(urlQuery) !== queryForUrl(pushed.current)) {
      pushed.current = urlQuery
      setQuery(urlQuery)
    }
  }, [urlQuery])

  const update = (patch: Partial<CodesSearch>) =>
    navigate({ search: (prev) => clean({ ...prev, ...patch }), replace: true, resetScroll: false })

  const onQuery = (value: string) => {
    if (value === pushed.current) return
    setQuery(value)
    pushed.current = value
    void update({ q: queryForUrl(value) })
  }

  // The page is prerendered: text typed while the app is still taking over can reach the box
  // without reaching React (seen in Chromium), and the box may be attached after this component's
  // first effects. A callback ref runs when the element is attached: read it then, and keep a native
  // listener for that window; `onQuery` ignores a value it already has.
  const latest = useRef(onQuery)
  latest.current = onQuery
  const box = useCallback((el: HTMLInputElement | null) => {
    if (!el) return
    const sync = () => latest.current(el.value)
    if (el.value) sync()
    el.addEventListener('input', sync)
    return () => el.removeEventListener('input', sync)
  }, [])

  const deferred = useDeferredValue(query.trim())
  const codeSearch = useCodeSearch(deferred !== '')
  // Results show enhanced codes with their descriptions: fetched with the search, not the page.
  const textReady = useLocaleFiles(['enhanced/descriptions'], deferred !== '')
  const filters = useMemo(
    () => ({
      cls: search.class === undefined ? undefined : String(search.class),
      stage: search.stage,
      provenance: search.provenance,
    }),
    [search.class, search.stage, search.provenance],
  )
  const results = useMemo(
    () =>
      codeSearch && textReady && deferred
        ? codeSearch.search(deferred, { language: lang, filters })
        : undefined,
    [codeSearch, textReady, deferred, lang, filters],
  )
  const browseCount = useBrowseCount(search)

  const status = !deferred
    ? t('browser:count.browse', { count: browseCount })
    : results
      ? t('browser:count.results', { count: results.length })
      : t('browser:count.loading')

  return (
    <div className="page codes-page">
      <PageHeader {...codesHead(i18n)} />
      <search>
        <form
          className="codes-search"
          onSubmit={(event) => {
            // Enter opens the best match: a keyboard user who typed "550" lands on its page.
            event.preventDefault()
            const first = results?.[0]
            if (first) void navigate({ to: '/$lang/codes/$code/', params: { lang, code: first.code } })
          }}
        >
          <div className="codes-query">
            <label htmlFor="codes-q">{t('browser:search.label')}</label>
            <input
              ref={box}
              id="codes-q"
              type="search"
              value={query}
              onChange={(event) => onQuery(event.target.value)}
              placeholder={t('browser:search.placeholder')}
              aria-describedby="codes-q-hint"
              autoComplete="off"
              spellCheck={false}
            />
            <p id="codes-q-hint" className="hint">
              {t('browser:search.hint')}
            </p>
          </div>
          <CodesFilters search={search} onChange={update} />
        </form>
      </search>
      <p role="status" className="codes-count">
        {status}
      </p>
      {deferred ? (
        results ? (
          <CodesResults
            results={results}
            query={deferred}
            search={search}
            onClearFilters={() => update({ class: undefined, stage: undefined, provenance: undefined })}
            unfilteredCount={() => codeSearch?.search(deferred, { language: lang }).length ?? 0}
          />
        ) : null
      ) : (
        <CodesBrowse search={search} />
      )}
    </div>
  )
}

/** Drops empty values so the URL only carries what is set. */
function clean(search: CodesSearch): CodesSearch {
  const out: CodesSearch = {}
  if (search.q !== undefined && search.q !== '') out.q = search.q
  if (search.class) out.class = search.class
  if (search.stage) out.stage = search.stage
  if (search.provenance) out.provenance = search.provenance
  return out
}
