import { assembleLetter } from '../../letter/assemble.js'
import { extractionEdits, type Repair } from '../../normalize/broken-words/repair.js'
import { Vocabulary } from '../../normalize/broken-words/vocabulary.js'
import type { Edit } from '../../tree.js'
import type { Reader } from '../reader.js'
import { pdfSegments } from './segments.js'

/**
 * Text extracted from a PDF letter (few newlines, runs of spaces, words broken by spaces):
 * segments from the runs of spaces, repairs of the broken words as the reading, each repair
 * reported as an info message, then the same letter logic as Markdown letters.
 */
const DAMAGE: Record<Repair['rule'], string> = {
  'broken-word': 'a word broken by a space',
  'spaced-hyphen': 'a hyphen with a space before it',
  hyphenation: 'a word hyphenated at a line break',
  'lost-ligature': 'a word that lost its ligature'
}

/** Repairs reported one message each; past that, one message counts the rest (the edits still carry them). */
const REPORTED = 2000

export const readPdfText: Reader = ({ text, location, messages }) => {
  const vocabulary = Vocabulary.of(text)
  let reported = 0
  const { segments, contentStarts, superscripted } = pdfSegments(text)
  segments.forEach((segment, i) => {
    // A bullet and the spaces after it are left out of the reading; the repairs read what follows.
    let from = contentStarts[i]!
    let bullet: Edit | undefined
    if (from > segment.start) {
      while (from < segment.end && text.charCodeAt(from) === 32) from++
      bullet = { start: segment.start, end: from, insert: '', rule: 'bullet' }
    }
    const { edits, repairs } = extractionEdits(text, from, segment.end, vocabulary)
    segment.edits = bullet ? [bullet, ...edits] : edits
    for (const repair of repairs) {
      if (++reported > REPORTED) continue
      messages.push({
        reason: `Read "${text.slice(repair.start, repair.end)}" as "${repair.reading}": ${DAMAGE[repair.rule]} in the extracted text`,
        ruleId: `repair:${repair.rule}`,
        source: 'whereas',
        severity: 'info',
        position: location.position(repair.start, repair.end)
      })
    }
  })
  if (reported > REPORTED) {
    messages.push({
      reason: `${reported - REPORTED} more repairs of broken words and spaced hyphens are not reported one by one; the readings carry them all as edits`,
      ruleId: 'repair:more',
      source: 'whereas',
      severity: 'info'
    })
  }
  // The lines were read in one pass that would have met any footnote marker: without one, there are none to look for.
  return assembleLetter(text, location, segments, messages, [], superscripted ? undefined : [])
}
