import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type YAMLMap } from 'yaml'
import { isStance, stances, type Stance } from '../align/stance.js'
import { nearest } from './levenshtein.js'

/** An editor's note on a clause. */
export interface CuratedNote {
  /** `doc#id`. */
  clause: string
  note: string
  line: number
}

/** A confirmed or corrected alignment between a demand and a resolution clause. */
export interface CuratedAlignment {
  /** The demand, `doc#id`. */
  demand: string
  /** The resolution clause, `doc#id`. */
  clause: string
  /** `confirm` agrees with the machine; `correct` overrides it. */
  action: 'confirm' | 'correct'
  stance: Stance
  note?: string
  line: number
}

/** A link from a clause to related material. */
export interface CuratedLink {
  clause: string
  url: string
  title?: string
  line: number
}

export interface Annotations {
  notes: CuratedNote[]
  alignments: CuratedAlignment[]
  links: CuratedLink[]
}

/** A problem in the annotations file: where, what, and what to do. */
export interface AnnotationError {
  file: string
  line: number
  message: string
}

export interface AnnotationsResult {
  annotations: Annotations
  errors: AnnotationError[]
}

const sections = ['notes', 'alignments', 'links'] as const

/**
 * Read curated annotations (YAML, see corpus/README.md) and check them against the clause ids
 * that exist (`doc#id`). Never throws: every problem is an error naming the file, the line and,
 * for an unknown id or stance, the nearest valid one.
 */
export function parseAnnotations(text: string, file: string, knownIds: Iterable<string>): AnnotationsResult {
  const known = new Set(knownIds)
  const annotations: Annotations = { notes: [], alignments: [], links: [] }
  const errors: AnnotationError[] = []
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false })
  const lineOf = (node: YamlNode | null | undefined): number => (node?.range ? lines.linePos(node.range[0]).line : 1)
  const fail = (line: number, message: string) => errors.push({ file, line, message })

  for (const e of doc.errors) fail(lines.linePos(e.pos[0]).line, `malformed YAML: ${e.message.split('\n')[0]}`)
  if (errors.length > 0) return { annotations, errors }
  const root = doc.contents
  if (root === null) return { annotations, errors }
  if (!isMap(root)) {
    fail(lineOf(root), `the file must be a map with the keys ${sections.join(', ')}`)
    return { annotations, errors }
  }

  const clauseId = (entry: YAMLMap, key: string, required = true): string | undefined => {
    const node = entry.get(key, true) as YamlNode | undefined
    const value = isScalar(node) ? node.value : undefined
    if (value === undefined || value === null) {
      if (required) fail(lineOf(entry), `missing "${key}": give a clause as doc#id, e.g. ep-ta-2021-0405#para_27`)
      return undefined
    }
    const id = String(value)
    if (known.has(id)) return id
    const [docId = ''] = id.split('#')
    const sameDoc = [...known].filter((k) => k.startsWith(`${docId}#`))
    const suggestion = nearest(id, sameDoc.length > 0 ? sameDoc : known)
    const why = id.includes('#') ? 'unknown clause id' : 'a clause is written doc#id'
    fail(lineOf(node), `${why} "${id}"${suggestion ? `: did you mean "${suggestion}"?` : ''}`)
    return undefined
  }
  const textField = (entry: YAMLMap, key: string, required: boolean): string | undefined => {
    const node = entry.get(key, true) as YamlNode | undefined
    const value = isScalar(node) ? node.value : undefined
    if (typeof value === 'string' && value.trim()) return value.trim()
    if (node !== undefined && !isScalar(node)) fail(lineOf(node), `"${key}" must be text`)
    else if (required) fail(lineOf(entry), `missing "${key}"`)
    return undefined
  }

  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    const keyLine = lineOf(pair.key as YamlNode)
    if (!(sections as readonly string[]).includes(key)) {
      fail(keyLine, `unknown section "${key}": the sections are ${sections.join(', ')}${nearSection(key)}`)
      continue
    }
    const list = pair.value as YamlNode | null
    if (list === null || list === undefined) continue
    if (!isSeq(list)) {
      fail(lineOf(list), `"${key}" must be a list of entries (each starting with "- ")`)
      continue
    }
    for (const item of list.items as YamlNode[]) {
      if (!isMap(item)) {
        fail(lineOf(item), `each entry of "${key}" must be a map of fields`)
        continue
      }
      const line = lineOf(item)
      if (key === 'notes') {
        const clause = clauseId(item, 'clause')
        const note = textField(item, 'note', true)
        if (clause && note) annotations.notes.push({ clause, note, line })
      } else if (key === 'links') {
        const clause = clauseId(item, 'clause')
        const url = textField(item, 'url', true)
        const title = textField(item, 'title', false)
        if (url && !/^https?:\/\//.test(url)) fail(line, `link "${url}" must start with http:// or https://`)
        else if (clause && url) annotations.links.push({ clause, url, line, ...(title ? { title } : {}) })
      } else {
        const demand = clauseId(item, 'demand')
        const clause = clauseId(item, 'clause')
        const note = textField(item, 'note', false)
        const actions = (['confirm', 'correct'] as const).filter((a) => item.has(a))
        if (actions.length !== 1) {
          fail(line, `an alignment needs exactly one of "confirm" or "correct" with a stance (${stances.join(', ')})`)
          continue
        }
        const action = actions[0]!
        const node = item.get(action, true) as YamlNode | undefined
        const value = isScalar(node) ? String(node.value) : ''
        if (!isStance(value)) {
          fail(lineOf(node ?? item), `stance "${value}" is not one of ${stances.join(', ')}: did you mean "${nearest(value, stances)}"?`)
          continue
        }
        if (demand && clause) annotations.alignments.push({ demand, clause, action, stance: value, line, ...(note ? { note } : {}) })
      }
    }
  }
  return { annotations, errors }
}

function nearSection(key: string): string {
  const n = nearest(key, sections)
  return n ? ` (did you mean "${n}"?)` : ''
}

/** Every clause id of some documents, as `doc#id`: what annotations may name. */
export function clauseIds(trees: { id: string; children: { type: string; id?: string }[] }[]): string[] {
  return trees.flatMap((t) => t.children.filter((c) => c.type === 'clause' && c.id).map((c) => `${t.id}#${c.id}`))
}
