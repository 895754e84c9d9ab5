import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import type { Block, Clause, FootnoteReference, Reference } from '@whereas/parser'
import { provisionFor, safeHttpUrl, slug, type Catalog } from './catalog.js'
import { visuallyHidden } from './layout.js'
import { compareLinks } from './cross-links.js'
import { clauseName } from './kind-label.js'
import { originalOf, readingPieces, withoutLeadingNumber, type ReadingPiece } from './reading.js'

// Every string from a document reaches hast as a text node or an attribute value; the
// serializer escapes both. No `raw` node is ever built here.

/** State shared by the clauses of one document page: footnote markers and provision descriptions. */
export interface DocumentContext {
  catalog: Catalog
  doc: string
  /** Footnote id -> the ids of the markers pointing at it, in order. */
  markers: Map<string, string[]>
  /** Provision path -> id of its description element (for aria-describedby). */
  descriptions: Map<string, { id: string; text: string }>
  /** Show the original text beside the reading (PDF-extracted documents). */
  showOriginal: boolean
}

export function newDocumentContext(catalog: Catalog, doc: string, showOriginal: boolean): DocumentContext {
  return { catalog, doc, markers: new Map(), descriptions: new Map(), showOriginal }
}

/** The title a citation shows on hover and focus: "Charter Art. 47 — Right to an effective remedy ...". */
export function referenceTitle(reference: Reference, catalog: Catalog): string {
  const provision = provisionFor(catalog, reference.target)
  return provision.title ? `${provision.label} — ${provision.title}` : provision.label
}

function renderReference(reference: Reference, text: string, ctx: DocumentContext, withEurLex: boolean): ElementContent[] {
  const provision = provisionFor(ctx.catalog, reference.target)
  const title = referenceTitle(reference, ctx.catalog)
  let description = ctx.descriptions.get(provision.path)
  if (!description) {
    description = { id: `desc-${ctx.descriptions.size + 1}`, text: `Cites ${title}` }
    ctx.descriptions.set(provision.path, description)
  }
  const link = h(
    'a',
    { className: ['ref', `ref--${reference.resolution}`], href: provision.path, title, 'aria-describedby': description.id },
    text
  )
  const url = provision.url ?? safeHttpUrl(ctx.catalog.instruments.get(reference.target.instrument)?.provision.url)
  if (!url || !withEurLex) return [link]
  return [link, h('a', { className: ['eurlex'], href: url, 'aria-label': `${provision.label} on EUR-Lex` }, '↗')]
}

function renderMarker(marker: FootnoteReference, ctx: DocumentContext): ElementContent {
  const list = ctx.markers.get(marker.identifier) ?? []
  const id = `fnref-${slug(marker.identifier)}-${list.length + 1}`
  list.push(id)
  ctx.markers.set(marker.identifier, list)
  return h(
    'sup',
    { className: ['fnref'] },
    h('a', { id, href: `#${marker.identifier}`, 'aria-label': `Footnote ${marker.label}` }, marker.label)
  )
}

/**
 * Whether the reference at `i` is followed, after a short list separator (", ", " and "),
 * by another reference to the same instrument: "Articles 6, 7, 8 ... and 47 thereof" gets one
 * EUR-Lex link, after the last, not ten.
 */
function continuesList(pieces: ReadingPiece[], i: number): boolean {
  const here = pieces[i]?.node
  const gap = pieces[i + 1]
  const next = pieces[i + 2]?.node
  if (here?.type !== 'reference' || !gap || gap.node.type !== 'text' || next?.type !== 'reference') return false
  // The length test first: the pattern then only ever reads a dozen characters.
  return next.target.instrument === here.target.instrument && gap.text.length <= 12 && /^[\s,;]*(?:and|or)?[\s,;]*$/.test(gap.text)
}

/** The clause's inline content: its normalised reading, with citations and footnote markers as links. */
export function clauseContent(clause: Clause, ctx: DocumentContext): ElementContent[] {
  const pieces = withoutLeadingNumber(readingPieces(clause), clause.num)
  const out: ElementContent[] = []
  for (let i = 0; i < pieces.length; i++) {
    const { node, text } = pieces[i] as ReadingPiece
    if (node.type === 'reference') out.push(...renderReference(node, text, ctx, !continuesList(pieces, i)))
    else if (node.type === 'footnoteReference') out.push(renderMarker(node, ctx))
    else if (text) out.push({ type: 'text', value: text })
  }
  return out
}

function backlinks(clause: Clause, ctx: DocumentContext): ElementContent[] {
  const markers = ctx.markers.get(clause.id) ?? []
  return markers.map((id, i) =>
    h('a', { className: ['backref'], href: `#${id}` }, [
      h('span', { 'aria-hidden': 'true' }, markers.length > 1 ? `↩${i + 1}` : '↩'),
      visuallyHidden(`Back to reference ${i + 1} to footnote ${clause.num ?? clause.id}`)
    ])
  )
}

/**
 * One clause: its anchor (the id, unchanged), the number in the margin as a permalink, the
 * text, notes, and the original where it differs. The page script adds a copy-link button.
 */
export function renderClause(clause: Clause, ctx: DocumentContext): Element {
  const name = clauseName(clause)
  const marker = clause.num ?? (clause.kind === 'citation' ? '–' : '¶')
  const notes = ctx.catalog.notesByKey.get(`${ctx.doc}#${clause.id}`) ?? []
  const original = clause.children.map(originalOf).join('')
  const body: ElementContent[] = [h('p', { className: ['text'] }, [...clauseContent(clause, ctx)])]
  if (clause.kind === 'footnote') body.push(...backlinks(clause, ctx))
  const links = compareLinks(ctx.doc, clause.id, ctx.catalog)
  if (links) body.push(links)
  if (ctx.showOriginal && clause.reading.edits.length > 0) {
    body.push(
      h('details', { className: ['original'] }, [
        h('summary', ['Original text', visuallyHidden(` of ${name}`)]),
        h('p', original.trim())
      ])
    )
  }
  return h(
    'div',
    {
      className: ['clause', `clause--${clause.kind}`, clause.parent ? 'clause--child' : ''].filter(Boolean),
      id: clause.id
    },
    [
      h('a', { className: ['num'], href: `#${clause.id}`, 'aria-label': name }, marker),
      h('div', { className: ['body'] }, body),
      ...notes.map((note) =>
        h('aside', { className: ['note'], 'aria-label': `Editor’s note on ${name}` }, [
          h('p', [h('strong', 'Note: '), note.text]),
          ...(safeHttpUrl(note.link) ? [h('p', h('a', { href: safeHttpUrl(note.link) }, 'Related material'))] : [])
        ])
      )
    ]
  )
}

/** A non-clause block: the preamble line ("The European Parliament,") and headings are kept. */
export function renderBlock(block: Block): Element | undefined {
  // Blocks have no normalised reading; undo the EP page's spaced punctuation ("Parliament ,").
  const text = block.children
    .map(originalOf)
    .join('')
    .trim()
    .replace(/\s+([,.;:])/g, '$1')
  if (!text) return undefined
  if (block.role === 'heading') return h('h2', { className: ['block-heading'] }, text.replace(/^#{1,6}[ \t]+/, ''))
  if (block.role === 'preamble' || block.role === 'other') return h('p', { className: ['block', `block--${block.role}`] }, text)
  return undefined
}
