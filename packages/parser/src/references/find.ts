import type { ReferenceTarget } from '../tree.js'
import { scanExplicit } from './candidates.js'
import { findImplicit, implicitWords } from './implicit.js'
import { createRegistry, defaultRegistry, type Registry } from './registry/index.js'
import { Scope } from './resolve.js'
import { firstWords } from './scan-tables.js'
import { SignatureSet } from './signatures.js'
import { Tokens } from './tokenize.js'
import type { Citation, FindOptions, Found } from './types.js'

/** Everything one reading needs: the registry, what the document has defined, the footnotes. */
export interface FindContext {
  registry: Registry
  scope: Scope
  implicit: boolean
  skipSelf: boolean
  footnote?: (label: string) => ReferenceTarget | undefined
  markerAt?: (offset: number) => string | undefined
  date?: string
}

/** Whether `value` is a registry built by `createRegistry` (rather than JSON data for one). */
function isRegistry(value: unknown): value is Registry {
  return typeof value === 'object' && value !== null && (value as Registry).byKey instanceof Map && typeof (value as Registry).names?.match === 'function'
}

/** The registry for some options: the bundled one, one given, or the bundled one with extra instruments. */
export function registryFor(extra: unknown): Registry {
  if (extra === undefined || extra === null) return defaultRegistry()
  return isRegistry(extra) ? extra : createRegistry(extra)
}

/** The act a footnote's text cites first (not its OJ reference): what "( 9 )" after a name points to. */
export function footnoteResolver(texts: Record<string, string>, registry: Registry): (label: string) => ReferenceTarget | undefined {
  const cache = new Map<string, ReferenceTarget | undefined>()
  return (label) => {
    if (cache.has(label)) return cache.get(label)
    const text = Object.hasOwn(texts, label) ? texts[label] : undefined
    let target: ReferenceTarget | undefined
    if (typeof text === 'string') {
      const cited = citationsIn(text, { registry, scope: new Scope(), implicit: false, skipSelf: true })
      target = cited.find((c) => c.target.article === undefined && (c.target.celex !== undefined || registry.byKey.has(c.target.instrument)))?.target
    }
    cache.set(label, target)
    return target
  }
}

const watches = new WeakMap<Registry, SignatureSet>()

/** The signatures of every word a reader starts at, with the registry's names: what `Tokens` marks for the scan. */
export function watchFor(registry: Registry): SignatureSet {
  let watch = watches.get(registry)
  if (!watch) watches.set(registry, (watch = new SignatureSet([...firstWords(registry).values(), ...implicitWords.values()])))
  return watch
}

/** The citations of one text in a context: explicit first, then rights language around them. */
export function citationsIn(text: string, context: FindContext): Citation[] {
  const { defined } = context.scope
  const tokens = new Tokens(text, watchFor(context.registry), defined.size > 0 ? defined.firsts : undefined)
  try {
    // No token where a reader may start (a date, a greeting, a signature): nothing to read.
    return tokens.markedCount === 0 ? [] : read(tokens, context)
  } finally {
    tokens.release()
  }
}

function read(tokens: Tokens, context: FindContext): Citation[] {
  const text = tokens.source
  const { found, titles } = scanExplicit(tokens, context)
  const citation = (first: number, last: number, target: ReferenceTarget, resolution: Citation['resolution']): Citation => {
    const start = tokens.start[first]!
    const end = tokens.end[last]!
    return { start, end, text: text.slice(start, end), target, resolution }
  }
  const explicit = found.map((f) => citation(f.first, f.last, f.target, f.resolution))
  if (!context.implicit) return explicit
  let charterArticles: Set<string> | undefined
  for (const f of found) {
    if (f.target.instrument === 'charter' && f.target.article) (charterArticles ??= new Set()).add(`${tokens.sentence[f.first]}:${f.target.article}`)
  }
  const covered = coveredRanges(found, titles)
  const implicit = findImplicit(tokens, covered, charterArticles ?? NO_ARTICLES, context.registry)
  if (implicit.length === 0) return explicit
  return merge(explicit, implicit.map((f) => citation(f.first, f.last, f.target, 'implicit')))
}

const NO_ARTICLES: ReadonlySet<string> = new Set()

/** The token ranges rights language may not use (citations and act titles), sorted and merged. */
function coveredRanges(found: Found[], titles: [number, number][]): [number, number][] {
  if (found.length === 0 && titles.length === 0) return []
  const ranges: [number, number][] = [...found.map((f): [number, number] => [f.first, f.last]), ...titles.map(([from, to]): [number, number] => [from, to - 1])]
  ranges.sort((a, b) => a[0] - b[0])
  const merged: [number, number][] = []
  for (const range of ranges) {
    const last = merged.at(-1)
    if (last && range[0] <= last[1] + 1) last[1] = Math.max(last[1], range[1])
    else merged.push([range[0], range[1]])
  }
  return merged
}

function merge(a: Citation[], b: Citation[]): Citation[] {
  const out: Citation[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start)) out.push(a[i++]!)
    else out.push(b[j++]!)
  }
  return out
}

/**
 * Find every reference to a legal instrument in `text`: acts by number or name, article
 * pinpoints, defined terms, "thereof", Commission and Parliament documents, OJ references, CJEU
 * cases, and (unless `implicit: false`) rights language as implicit Charter references.
 * Works on any string; never throws; linear in the length of the text.
 *
 * @example
 * findReferences('Article 9(2)(a) of Regulation (EU) 2016/679')
 * // [{ start: 0, end: 43, text: 'Article 9(2)(a) of Regulation (EU) 2016/679',
 * //    target: { instrument: 'gdpr', celex: '32016R0679', article: '9', paragraph: '2', point: 'a', ... },
 * //    resolution: 'explicit' }]
 */
export function findReferences(text: string, options: FindOptions = {}): Citation[] {
  if (typeof text !== 'string' || text.length === 0) return []
  const registry = registryFor(options.registry)
  const context: FindContext = {
    registry,
    scope: new Scope(),
    implicit: options.implicit !== false,
    skipSelf: options.skipSelf === true
  }
  if (typeof options.date === 'string') context.date = options.date
  if (options.footnotes && typeof options.footnotes === 'object') context.footnote = footnoteResolver(options.footnotes, registry)
  return citationsIn(text, context)
}
