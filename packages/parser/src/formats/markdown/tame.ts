/**
 * remark-parse (micromark) slows down worse than linearly on two shapes of input no letter has:
 * a line that opens thousands of nested containers ("- - - - ... x": 2 000 take seconds,
 * 20 000 never finish), and a paragraph with tens of thousands of brackets ("[x] " 50 000
 * times takes half a minute). Past `MAX_DEPTH` container markers on a line, and past
 * `MAX_BRACKETS` "[" in a paragraph, the characters are swapped for "·" in the copy remark
 * reads. The swap keeps every offset, so positions still point into the original, which the
 * tree's leaves are cut from; only the reading of such a paragraph shows the "·".
 */
const MAX_DEPTH = 16
const MAX_BRACKETS = 256
const INERT = '·'

const isSpace = (code: number) => code === 32 || code === 9

/** The offsets of the marker characters beyond `MAX_DEPTH` on the line starting at `start`. */
function deepMarkers(text: string, start: number, end: number, out: number[]): void {
  let at = start
  let depth = 0
  for (;;) {
    let indent = 0
    while (at < end && indent < 4 && isSpace(text.charCodeAt(at))) {
      at++
      indent++
    }
    let marker = -1
    const char = text[at]
    if (char === '-' || char === '*' || char === '+' || char === '>') {
      marker = at
    } else {
      let digits = at
      while (digits < end && digits - at < 9 && text.charCodeAt(digits) >= 48 && text.charCodeAt(digits) <= 57) digits++
      if (digits > at && (text[digits] === '.' || text[digits] === ')')) marker = digits
    }
    if (marker < 0) return
    const after = marker + 1
    if (after < end && !isSpace(text.charCodeAt(after)) && char !== '>') return
    if (++depth > MAX_DEPTH) out.push(marker)
    at = after
  }
}

/** The offsets of the "[" past `MAX_BRACKETS` in one paragraph (a blank line starts a new count). */
function excessBrackets(text: string, out: number[]): void {
  let count = 0
  let lineBlank = true
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code === 10) {
      if (lineBlank) count = 0
      lineBlank = true
    } else if (code === 91) {
      lineBlank = false
      if (++count > MAX_BRACKETS) out.push(at)
    } else if (!isSpace(code) && code !== 13) {
      lineBlank = false
    }
  }
}

/** `text`, or a copy of the same length with the pathological markers made inert. */
export function tameForRemark(text: string): string {
  const inert: number[] = []
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    deepMarkers(text, start, end, inert)
    start = end + 1
  }
  const brackets: number[] = []
  excessBrackets(text, brackets)
  if (inert.length === 0 && brackets.length === 0) return text
  const offsets = mergeSorted(inert, brackets)
  let out = ''
  let at = 0
  for (const offset of offsets) {
    out += text.slice(at, offset) + INERT
    at = offset + 1
  }
  return out + text.slice(at)
}

function mergeSorted(a: number[], b: number[]): number[] {
  const out: number[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) out.push(a[i++]!)
    else if (i >= a.length || b[j]! < a[i]!) out.push(b[j++]!)
    else {
      out.push(a[i++]!)
      j++
    }
  }
  return out
}
