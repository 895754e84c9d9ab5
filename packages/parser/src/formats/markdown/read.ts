import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { assembleLetter } from '../../letter/assemble.js'
import { readPlainText } from '../plain-text.js'
import type { Reader } from '../reader.js'
import { footnoteCalls, markCalls } from './footnotes.js'
import { mayUseGfm } from './gfm-syntax.js'
import { remarkLetterGfm } from './letter-gfm.js'
import { parseInPieces } from './pieces.js'
import { markdownSegments } from './segments.js'
import { tameForRemark } from './tame.js'

// GFM because letters are written on GitHub-like sites and editors: "[^1]" footnotes, tables.
// Only where the text may use it (`mayUseGfm`): its extensions slow remark down.
const gfm = unified().use(remarkParse).use(remarkLetterGfm)
const commonmark = unified().use(remarkParse)

/**
 * Markdown letters and news items: remark-parse gives the blocks and their positions, the
 * letter logic says what each block is (date, addressee, subject, prose, item, footnote,
 * closing, signatory) and gives it a stable id.
 */
export const readMarkdown: Reader = (context) => {
  const { text, location, messages } = context
  let root
  try {
    const processor = mayUseGfm(text) ? gfm : commonmark
    root = parseInPieces(tameForRemark(text), (piece) => processor.parse(piece))
  } catch (error) {
    // remark-parse has not been seen to throw on a string, but the parser promises never to.
    messages.push({
      reason: `remark-parse could not read this input as Markdown (${error instanceof Error ? error.message : String(error)}); it is read as plain text`,
      ruleId: 'markdown:unreadable',
      source: 'whereas',
      severity: 'warning'
    })
    return readPlainText(context)
  }
  // Most letters have no "[^": they are spared the walk over the whole tree.
  const calls = text.includes('[^') ? footnoteCalls(text, root, location, messages) : []
  const segments = markdownSegments(text, root)
  markCalls(segments, calls)
  return assembleLetter(text, location, segments, messages, calls)
}
