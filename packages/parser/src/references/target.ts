import type { ReferenceTarget } from '../tree.js'
import { charterTitle, type Registry } from './registry/index.js'
import type { Instrument } from './types.js'

export function eurLex(celex: string): string {
  return `https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:${celex}`
}

/** The target of a reference to a whole instrument of the registry. */
export function instrumentTarget(instrument: Instrument): ReferenceTarget {
  const target: ReferenceTarget = { instrument: instrument.key }
  if (instrument.celex) target.celex = instrument.celex
  if (instrument.eli) target.eli = instrument.eli
  const url = instrument.url ?? (instrument.celex ? eurLex(instrument.celex) : undefined)
  if (url) target.url = url
  target.title = instrument.title
  return target
}

export function targetByKey(registry: Registry, key: string): ReferenceTarget {
  const instrument = registry.byKey.get(key)
  return instrument ? instrumentTarget(instrument) : { instrument: key }
}

export interface Pinpoint {
  article: string
  paragraph?: string
  point?: string
  subparagraph?: string
}

/** An instrument's target narrowed to an article; a Charter article carries its own title. */
export function pinpointTarget(act: ReferenceTarget, pin: Pinpoint): ReferenceTarget {
  // Field by field rather than by spreading: this runs for every citation of a long document.
  const target: ReferenceTarget = { instrument: act.instrument }
  if (act.celex !== undefined) target.celex = act.celex
  if (act.eli !== undefined) target.eli = act.eli
  if (act.url !== undefined) target.url = act.url
  if (act.title !== undefined) target.title = act.title
  target.article = pin.article
  if (pin.paragraph !== undefined) target.paragraph = pin.paragraph
  if (pin.point !== undefined) target.point = pin.point
  if (pin.subparagraph !== undefined) target.subparagraph = pin.subparagraph
  if (act.instrument === 'charter') {
    const title = charterTitle(pin.article)
    if (title) target.title = title
  }
  return target
}

export const SELF: ReferenceTarget = Object.freeze({ instrument: 'self' }) as ReferenceTarget
