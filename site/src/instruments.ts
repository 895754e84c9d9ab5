import type { Instrument } from '@whereas/parser'
import { abbreviateTitle } from './catalog.js'
import type { InstrumentInfo } from './model.js'

const longestLabel = 24

/**
 * A short name for each instrument, for links and headings: its short form ("Charter"), the
 * acronym its key spells ("GDPR"), the first short alias ("Prüm Decision"), its type and
 * number ("Decision 2009/934/JHA"), or the start of its title.
 */
export function instrumentLabel(instrument: Instrument): string {
  const shortForm = instrument.shortForms?.find((s) => s.length <= longestLabel)
  if (shortForm) return shortForm
  const acronym = instrument.aliases.find((a) => a === instrument.key.toUpperCase())
  if (acronym) return acronym
  const alias = instrument.aliases.find((a) => a.length <= longestLabel)
  if (alias) return alias
  const type = instrument.type.replace(/-/g, ' ')
  if (instrument.number) return `${type.charAt(0).toUpperCase()}${type.slice(1)} ${instrument.number}`
  return instrument.title ? abbreviateTitle(instrument.title) : instrument.key
}

/** The site's view of a registry: label, title and EUR-Lex address by instrument key. */
export function instrumentInfos(instruments: readonly Instrument[]): Record<string, InstrumentInfo> {
  const infos: Record<string, InstrumentInfo> = {}
  for (const instrument of instruments) {
    const url =
      instrument.url ??
      (instrument.celex ? `https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:${encodeURIComponent(instrument.celex)}` : undefined)
    infos[instrument.key] = { label: instrumentLabel(instrument), title: instrument.title, ...(url ? { url } : {}) }
  }
  return infos
}
