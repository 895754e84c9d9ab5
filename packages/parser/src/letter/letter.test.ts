import { describe, expect, it } from 'vitest'
import cases from './cases.json' with { type: 'json' }
import { readDate } from './date.js'
import { IdRegistry, slugId } from './ids.js'
import { isClosing, readCopy, readFootnoteLabel, readSalutation, readSubject, readUmbrella } from './parts.js'
import { readSignatory } from './signatory.js'

describe('readDate', () => {
  for (const { line, date, place } of cases.dates) {
    it(line, () => {
      expect(readDate(line)).toEqual(date === undefined ? undefined : { date, ...(place ? { place } : {}) })
    })
  }
})

describe('readSignatory', () => {
  for (const { line, expected, signatory } of cases.signatories) {
    it(line, () => expect(readSignatory(line, expected as 'person' | undefined)).toEqual(signatory))
  }
})

describe('letter parts', () => {
  for (const part of cases.parts) {
    it(part.text.slice(0, 50), () => {
      expect(readSalutation(part.text)).toBe(part.salutation)
      expect(readCopy(part.text)).toBe(part.copy)
      expect(readSubject(part.text)).toBe(part.subject)
      expect(isClosing(part.text)).toBe(part.closing ?? false)
    })
  }

  it('reads a footnote label only where the note is referenced or printed as a superscript', () => {
    const labels = new Set(['2'])
    expect(readFootnoteLabel('¹ ‘Ban Biometric Mass Surveillance’', labels)).toBe('1')
    expect(readFootnoteLabel('2 To further evidence the problem', labels)).toBe('2')
    expect(readFootnoteLabel('3 One example of this is in Denmark', labels)).toBeUndefined()
    expect(readFootnoteLabel('62 civil society organisations', labels)).toBeUndefined()
  })
})

describe('ids', () => {
  it('slugs the first words, folding accents', () => {
    expect(slugId('sig_', 'Markéta Gregorová MEP (Greens/EFA)', 2)).toBe('sig_marketa-gregorova')
    expect(slugId('p_', 'We, the undersigned, write to restate')).toBe('p_we-the-undersigned-write')
    expect(slugId('p_', '— ¶ —')).toBe('p_x')
  })

  it('folds ligatures, combining accents and footnote markers as the whole text folds', () => {
    expect(slugId('p_', 'ﬁnal Ĳssel rights.² Cafe\u0301 society')).toBe('p_final-ijssel-rights-cafe')
    expect(slugId('p_', '𝐀ccess Now')).toBe('p_access-now')
  })

  it('cuts a long slug after a whole character, without a trailing hyphen', () => {
    expect(slugId('p_', 'a'.repeat(47) + ' b')).toBe('p_' + 'a'.repeat(47))
    expect(slugId('p_', 'a'.repeat(60))).toBe('p_' + 'a'.repeat(48))
  })

  it('suffixes repeats in order and never hands out an id twice', () => {
    const ids = new IdRegistry()
    expect(['item_1', 'item_1', 'item_1-2', 'item_1'].map((id) => ids.claim(id))).toEqual(['item_1', 'item_1-2', 'item_1-2-2', 'item_1-3'])
  })
})

describe('recognisers on adversarial lines', () => {
  const lines = [' '.repeat(100_000) + '– ' + ' '.repeat(100_000), 'Dear' + ' '.repeat(100_000) + 'x', '('.repeat(50_000) + 'MEP' + ')'.repeat(50_000), 'a '.repeat(100_000)]
  for (const line of lines) {
    it(`answers on ${JSON.stringify(line.slice(0, 12))}… (${line.length} characters)`, () => {
      expect(readSignatory(line).type).toMatch(/^(?:person|organisation)$/)
      expect(readDate(line)).toBeUndefined()
      expect(() => readSalutation(line)).not.toThrow()
    })
  }

  it('reads a salutation or an umbrella across a long run of white space, and no salutation with a long tail', () => {
    const run = ' '.repeat(100_000)
    expect(readSalutation(`Dear${run}Ms Smith,`)).toBe('Ms Smith')
    expect(readSalutation(`Dear${run}${'x'.repeat(300)}`)).toBeUndefined()
    expect(readSalutation(`Dear${run}`)).toBeUndefined()
    expect(readSalutation(`Dear${run}Ms Smith,\nThank you`)).toBeUndefined()
    expect(readUmbrella(`European Digital Rights (EDRi)${run}including :`)).toBe('European Digital Rights (EDRi)')
    expect(readUmbrella(`European Digital Rights (EDRi),${run}on behalf of`)).toBe('European Digital Rights (EDRi)')
    expect(readUmbrella(`European Digital Rights (EDRi)${run}includes`)).toBeUndefined()
  })
})
