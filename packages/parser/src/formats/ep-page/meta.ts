import { readingOf } from '../../normalize/reading.js'
import { spacedPunctuationEdits } from '../../normalize/spaced-punctuation.js'
import type { DocumentMeta } from '../../tree.js'

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

/** "6 October 2021" -> "2021-10-06"; undefined when it is not an English date. */
export function isoDate(day: string, month: string, year: string): string | undefined {
  const m = MONTHS.indexOf(month.toLowerCase())
  const d = Number(day)
  if (m < 0 || d < 1 || d > 31) return undefined
  return `${year}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

const DATE = /(\d{1,2})\s+(\p{L}+)\s+(\d{4})/u
const TITLE = /European Parliament (?:legislative |non-legislative )?(?:resolution|recommendation|decision|position)\b/
const ADOPTED = /(P\d+_TA(?:-PROV)?)\s*\(\s*(\d{4})\s*\)\s*(\d{4})/
const REPORT = /(?:RC-)?[ABO]\d+-\d{4}\/\d{4}/
const PROCEDURE = /(\d{4}\/\d{4})\s*\(\s*([A-Z]{3})\s*\)/g
const PLACE = /\d{4}\s*-\s*(Strasbourg|Brussels|Bruxelles|Luxembourg)\b/

/** The normalised reading of a piece of the title block (spaced punctuation repaired). */
const tidy = (text: string) => readingOf(text, 0, text.length, spacedPunctuationEdits(text, 0, text.length)).text.trim()

/**
 * The document's meta from the text before the first clause (page title, procedure box,
 * title block): title, date, place, texts-adopted number, report number, procedures.
 */
export function readMeta(head: string): DocumentMeta {
  const meta: DocumentMeta = {}
  const title = TITLE.exec(head)
  if (title) {
    const rest = head.slice(title.index)
    // The title runs to the bracket that holds the procedure or document numbers
    // ("( 2020/2016 ( INI ) )", "( COM ( 2021 ) 0206 – ... )", "( Ordinary legislative procedure ... )").
    const procedure = /\(\s*(?:\d{4}\/\d{4}|COM\b|SEC\b|SWD\b|JOIN\b|C\d+-|Ordinary\b|Special\b|Consultation\b)/.exec(rest)
    meta.title = tidy(rest.slice(0, procedure ? procedure.index : rest.length))
    const date = /^[^(]*?\bof\s+(\d{1,2})\s+(\p{L}+)\s+(\d{4})/u.exec(rest.slice(0, 200))
    if (date) meta.date = isoDate(date[1]!, date[2]!, date[3]!)
  }
  if (!meta.date) {
    const date = DATE.exec(head)
    if (date) meta.date = isoDate(date[1]!, date[2]!, date[3]!)
  }
  if (meta.date === undefined) delete meta.date
  const place = PLACE.exec(head)
  if (place) meta.place = place[1]
  const adopted = ADOPTED.exec(head)
  if (adopted) meta.adoptedText = `${adopted[1]}(${adopted[2]})${adopted[3]}`
  const report = REPORT.exec(head)
  if (report) meta.report = report[0]
  const procedures = [...new Set([...head.matchAll(PROCEDURE)].map((m) => `${m[1]}(${m[2]})`))]
  if (procedures.length > 0) meta.procedures = procedures
  return meta
}
