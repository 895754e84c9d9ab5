/** White space that `\s` matches, by code. */
const isSpace = (code: number) =>
  code === 32 ||
  (code >= 9 && code <= 13) ||
  (code >= 160 &&
    (code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff))

/** `text` with runs of white space read as one space, trimmed; most readings already are, and are returned as they are. */
export function collapseWhiteSpace(text: string): string {
  let tidy = text.length === 0 || (!isSpace(text.charCodeAt(0)) && !isSpace(text.charCodeAt(text.length - 1)))
  for (let at = 0; tidy && at < text.length; at++) {
    const code = text.charCodeAt(at)
    // Most characters are neither controls, spaces nor beyond ASCII: one test passes them.
    if (code > 32 && code < 160) continue
    if (isSpace(code)) tidy = code === 32 && !isSpace(text.charCodeAt(at + 1))
  }
  return tidy ? text : text.replace(/\s+/g, ' ').trim()
}
