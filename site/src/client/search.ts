// The search page's script: fetches the index on first use, answers as the reader types,
// keeps the query in the URL. Results are built as DOM nodes; document text only ever
// becomes text nodes (textContent), never markup.
import { loadIndex, search, type Hit, type SearchIndex } from '@whereas/search'
import { clausePath } from '../catalog.js'
import { clauseName } from '../kind-label.js'

const resultLimit = 30
const filterNames = ['doc', 'kind', 'cites'] as const

function setupSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-index]')
  const input = document.querySelector<HTMLInputElement>('#q')
  const status = document.querySelector<HTMLElement>('#search-status')
  const list = document.querySelector<HTMLOListElement>('#search-results')
  if (!form || !input || !status || !list) return
  document.querySelector('#search-needs-script')?.remove()
  const selects = filterNames.map((name) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`))
  const indexUrl = form.dataset.index ?? '/assets/search-index.json'

  let loading: Promise<SearchIndex> | undefined
  const index = (): Promise<SearchIndex> => {
    loading ??= fetch(indexUrl).then(async (response) => {
      if (!response.ok) throw new Error(`the search index could not be loaded (HTTP ${response.status})`)
      const loaded = loadIndex(await response.json())
      if (!loaded.ok) throw new Error(loaded.message)
      return loaded.index
    })
    return loading
  }

  const params = new URLSearchParams(location.search)
  input.value = params.get('q') ?? ''
  for (const select of selects) {
    if (!select) continue
    select.value = params.get(select.name) ?? ''
    if (select.selectedIndex < 0) select.value = ''
  }

  let generation = 0
  let rendered: string | undefined
  const run = async (): Promise<void> => {
    const words = input.value.trim()
    const filters = selects.flatMap((select) => (select?.value ? [`${select.name}:${select.value}`] : []))
    const query = [words, ...filters].join(' ')
    // Re-rendering the same answer would replace links under the reader's pointer.
    if (query === rendered) return
    const mine = ++generation
    writeUrl(words, selects)
    if (!words && filters.length === 0) {
      list.replaceChildren()
      status.textContent = ''
      rendered = query
      return
    }
    if (!loading) status.textContent = 'Loading the index…'
    let loaded: SearchIndex
    try {
      loaded = await index()
    } catch (error) {
      status.textContent = `Search is unavailable: ${(error as Error).message}.`
      loading = undefined
      return
    }
    if (mine !== generation) return
    const result = search(loaded, query, { limit: resultLimit })
    list.replaceChildren(...result.hits.map(renderHit))
    rendered = query
    const shown = result.total > result.hits.length ? `, the first ${result.hits.length} shown` : ''
    const quoted = !words ? '' : /^["“]/.test(words) ? ` ${words}` : ` “${words}”`
    if (result.total > 0) {
      status.textContent = `${result.total} ${result.total === 1 ? 'clause matches' : 'clauses match'}${quoted}${shown}.`
      return
    }
    status.replaceChildren(`No clause matches${quoted}.`)
    const suggestion = result.suggestions?.[0]
    if (suggestion) status.append(' ', sentence(suggestion.message))
    if (suggestion?.query) {
      const retry = document.createElement('a')
      retry.href = `?q=${encodeURIComponent(suggestion.query)}`
      retry.textContent = `Search for ${suggestion.query}`
      retry.addEventListener('click', (event) => {
        event.preventDefault()
        input.value = suggestion.query ?? ''
        void run()
      })
      status.append(' ', retry)
    }
  }

  input.addEventListener('input', () => void run())
  for (const select of selects) select?.addEventListener('change', () => void run())
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void run()
  })
  if (input.value || selects.some((s) => s?.value)) void run()
  // This page is where search is used: fetch the index now, so the first keystroke is answered at once.
  else void index().catch(() => undefined)
}

const sentence = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`

function writeUrl(words: string, selects: Array<HTMLSelectElement | null>): void {
  const query = new URLSearchParams()
  if (words) query.set('q', words)
  for (const select of selects) if (select?.value) query.set(select.name, select.value)
  const search = query.toString()
  history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`)
}

/** A hit: the clause's name linking to its anchor, where it is, and the snippet with marks. */
function renderHit(hit: Hit): HTMLLIElement {
  const item = document.createElement('li')
  const link = document.createElement('a')
  link.className = 'hit-title'
  link.href = clausePath(hit.doc, hit.id)
  link.textContent = clauseName(hit)
  const meta = document.createElement('p')
  meta.className = 'hit-meta'
  meta.textContent = hit.title || hit.doc
  const snippet = document.createElement('p')
  snippet.className = 'snippet'
  let at = 0
  for (const [start, end] of hit.highlights) {
    snippet.append(document.createTextNode(hit.snippet.slice(at, start)))
    const mark = document.createElement('mark')
    mark.textContent = hit.snippet.slice(start, end)
    snippet.append(mark)
    at = end
  }
  snippet.append(document.createTextNode(hit.snippet.slice(at)))
  item.append(link, meta, snippet)
  return item
}

setupSearch()
