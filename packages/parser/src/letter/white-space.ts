/** White space that `\s` matches, by code. */
const isSpace = (code: number) =>
  code === 32 ||
  (code >= 9 && code <= 13) ||
  (code >= 160 &&
    (code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff))

/** White space that is not one space before another character; the regex engine scans for it twice as fast as a loop over the codes. */
const UNTIDY = /[^\S ]| \s/

/** `text` with runs of white space read as one space, trimmed; most readings already are, and are returned as they are. */
export function collapseWhiteSpace(text: string): string {
  const tidy = text.length === 0 || (!isSpace(text.charCodeAt(0)) && !isSpace(text.charCodeAt(text.length - 1)) && !UNTIDY.test(text))
  return tidy ? text : text.replace(/\s+/g, ' ').trim()
}

/** `text` with runs of white space read as one space, not trimmed; most texts already are, and are returned as they are. */
export function spaceRuns(text: string): string {
  return UNTIDY.test(text) ? text.replace(/\s+/g, ' ') : text
}
