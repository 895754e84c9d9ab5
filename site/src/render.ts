import { buildCatalog, documentPath } from './catalog.js'
import type { SiteInput } from './model.js'
import { comparePage } from './pages/compare.js'
import { documentPage } from './pages/document.js'
import { homePage } from './pages/home.js'
import { articlePage, instrumentPage, provisionIndexPage } from './pages/provision.js'
import { notFoundPage } from './pages/not-found.js'
import { searchPage } from './pages/search.js'

/** The site as files: path under the output folder (no leading slash) -> content. */
export type SiteFiles = Map<string, string>

const indexFile = (path: string): string => `${path.replace(/^\//, '')}index.html`

/** Render every page. Pure: the same input gives the same files, and nothing is written. */
export function renderSite(input: SiteInput): SiteFiles {
  const catalog = buildCatalog(input)
  const files: SiteFiles = new Map()
  files.set('index.html', homePage(catalog))
  for (const document of catalog.documents) {
    const base = documentPath(document.tree.id)
    files.set(indexFile(base), documentPage(document, catalog))
    files.set(`${base.replace(/^\//, '')}source.txt`, document.text)
  }
  files.set('provision/index.html', provisionIndexPage(catalog))
  for (const entry of catalog.instruments.values()) {
    files.set(indexFile(entry.provision.path), instrumentPage(entry, catalog))
    for (const article of entry.articles.values()) {
      files.set(indexFile(article.provision.path), articlePage(entry, article, catalog))
    }
  }
  files.set('compare/index.html', comparePage(catalog))
  files.set('search/index.html', searchPage(catalog))
  files.set('404.html', notFoundPage())
  if (input.searchIndex !== undefined) files.set('assets/search-index.json', input.searchIndex)
  for (const [name, content] of Object.entries(input.assets ?? {})) files.set(`assets/${name}`, content)
  return files
}
