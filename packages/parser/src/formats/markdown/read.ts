import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { assembleLetter } from '../../letter/assemble.js'
import type { Reader } from '../reader.js'
import { tameForRemark } from './tame.js'
import { markdownSegments } from './segments.js'

const processor = unified().use(remarkParse)

/**
 * Markdown letters and news items: remark-parse gives the blocks and their positions, the
 * letter logic says what each block is (date, addressee, subject, prose, item, footnote,
 * closing, signatory) and gives it a stable id.
 */
export const readMarkdown: Reader = ({ text, location, messages }) => {
  const root = processor.parse(tameForRemark(text))
  return assembleLetter(text, location, markdownSegments(text, root), messages)
}
