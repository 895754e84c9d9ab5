/** Dates as letters print them: "Brussels, 4 October 2021", "Thursday, 01 April 2021", "12th January 2021". */

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december'
]
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])

export interface LetterDate {
  /** ISO date, YYYY-MM-DD. */
  date: string
  /** The place printed before the date ("Brussels"), when there is one. */
  place?: string
}

const pad = (n: number) => String(n).padStart(2, '0')

function iso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return undefined
  return `${year}-${pad(month)}-${pad(day)}`
}

const dayMonthYear = /^(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/
const monthDayYear = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/
const YEAR = /\d{4}/

function monthOf(name: string): number {
  const lower = name.toLowerCase()
  return MONTHS.findIndex((month) => month === lower || (lower.length >= 3 && month.startsWith(lower))) + 1
}

function bareDate(text: string): string | undefined {
  let match = dayMonthYear.exec(text)
  if (match) return iso(Number(match[3]), monthOf(match[2]!), Number(match[1]))
  match = monthDayYear.exec(text)
  if (match) return iso(Number(match[3]), monthOf(match[1]!), Number(match[2]))
  match = isoDate.exec(text)
  if (match) return iso(Number(match[1]), Number(match[2]), Number(match[3]))
  return undefined
}

/**
 * The date of a line that is only a date, with an optional place or weekday before it.
 * Anything longer than a dateline (a sentence that mentions a date) is not one.
 */
export function readDate(line: string): LetterDate | undefined {
  // Every date has a four-digit year: most lines are told by that, without the copies below.
  if (line.length > 80 || !YEAR.test(line)) return undefined
  const text = line.trim().replace(/\s+/g, ' ').replace(/\.$/, '')
  if (text.length > 60) return undefined
  const date = bareDate(text)
  if (date) return { date }
  const comma = text.indexOf(',')
  if (comma < 1) return undefined
  const head = text.slice(0, comma).trim()
  const rest = bareDate(text.slice(comma + 1).trim())
  if (!rest || !/^\p{Lu}[\p{L} .'’-]{0,40}$/u.test(head)) return undefined
  return WEEKDAYS.has(head.toLowerCase()) ? { date: rest } : { date: rest, place: head }
}
