import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../parse.js'
import type { Clause, Document, Inline, Reference } from '../tree.js'

const corpus = (file: string) => readFileSync(new URL(`../../../../corpus/${file}`, import.meta.url), 'utf8')

function clauses(tree: Document): Clause[] {
  return tree.children.filter((c): c is Clause => c.type === 'clause')
}

function references(clause: Clause): Reference[] {
  return clause.children.filter((c): c is Reference => c.type === 'reference')
}

function leaves(nodes: Inline[]): { value: string; start: number; end: number }[] {
  return nodes.flatMap((n) =>
    n.type === 'reference' ? leaves(n.children) : [{ value: n.value, start: n.position.start.offset, end: n.position.end.offset }]
  )
}

describe('attachReferences on the EP resolution', () => {
  const text = corpus('ep-ta-2021-0405.txt')
  const { tree } = parse(text, { format: 'ep', id: 'ep-ta-2021-0405' })
  const byId = new Map(clauses(tree).map((c) => [c.id, c]))

  it('keeps every clause lossless: leaves in order, each exactly its original text', () => {
    for (const clause of clauses(tree)) {
      let at = clause.position.start.offset
      for (const leaf of leaves(clause.children)) {
        expect(leaf.start).toBe(at)
        expect(leaf.value).toBe(text.slice(leaf.start, leaf.end))
        at = leaf.end
      }
      expect(at).toBe(clause.position.end.offset)
    }
  })

  it('gives each reference node the position of exactly its citing words', () => {
    for (const clause of clauses(tree)) {
      for (const ref of references(clause)) {
        const words = ref.children.map((c) => c.value).join('')
        expect(text.slice(ref.position.start.offset, ref.position.end.offset)).toBe(words)
        expect(words).toBe(words.trim())
      }
    }
  })

  it('reads the Charter citation as ten Charter articles, thereof', () => {
    const cited = references(byId.get('cit_2')!).filter((r) => r.target.article)
    expect(cited.map((r) => r.target.article)).toEqual(['6', '7', '8', '11', '12', '13', '20', '21', '24', '47'])
    expect(cited.every((r) => r.target.instrument === 'charter' && r.resolution === 'context')).toBe(true)
  })

  it('resolves "Articles 2 and 6 thereof" to the TEU and Article 16 to the TFEU', () => {
    const cited = references(byId.get('cit_1')!).filter((r) => r.target.article).map((r) => `${r.target.instrument}:${r.target.article}`)
    expect(cited).toEqual(['teu:2', 'teu:6', 'tfeu:16'])
  })

  it('resolves "the Law Enforcement Directive ( 9 )" through footnote 9, and the Prüm Decision through footnote 8', () => {
    const led = references(byId.get('para_35')!).find((r) => r.target.instrument === 'led')
    expect(led?.resolution).toBe('footnote')
    expect(led?.target.celex).toBe('32016L0680')
    const prum = references(byId.get('para_29')!)[0]
    expect(prum?.target.celex).toBe('32008D0615')
    expect(prum?.resolution).toBe('footnote')
  })

  it('carries the defined term "the Charter" into later clauses', () => {
    const charter = references(byId.get('para_2')!).find((r) => r.target.instrument === 'charter' && !r.target.article)
    expect(charter?.resolution).toBe('defined')
    expect(charter?.children.map((c) => c.value).join('')).toBe('Charter')
  })

  it('lists the five 2009 Council Decisions one reference each, with CELEX', () => {
    const celex = references(byId.get('cit_14')!).map((r) => r.target.celex)
    expect(celex).toEqual(['32016R0794', '32009D0371', '32009D0934', '32009D0935', '32009D0936', '32009D0968'])
  })

  it('reads the rights of paragraph 2 as implicit Charter references', () => {
    const rights = references(byId.get('para_2')!).filter((r) => r.resolution === 'implicit').map((r) => r.target.article)
    expect(new Set(rights)).toEqual(new Set(['1', '21', '45', '48', '11', '12', '20', '47']))
  })

  it('finds nothing when references are off', () => {
    const off = parse(text, { format: 'ep', references: false }).tree
    expect(clauses(off).some((c) => references(c).length > 0)).toBe(false)
  })
})

describe('attachReferences on a letter', () => {
  it('binds the bare "Article 9(2)(a)" to the GDPR named the sentence before', () => {
    const { tree } = parse(corpus('ngo-letter-2021-04-01.md'), { format: 'markdown' })
    const all = clauses(tree).flatMap(references)
    const art9 = all.find((r) => r.target.article === '9')
    expect(art9?.target).toMatchObject({ instrument: 'gdpr', article: '9', paragraph: '2', point: 'a' })
    expect(art9?.resolution).toBe('context')
    expect(all.filter((r) => r.target.instrument === 'led' && r.target.article === '10')).toHaveLength(2)
  })

  it('reports bad registry entries as messages and still parses', () => {
    const { tree, messages } = parse('Art. 22 of the Foo Act', { references: { registry: [{ key: 'foo-act', title: 'Foo Act', aliases: ['Foo Act'] }, { key: 'Bad Key' }, 7] } })
    expect(messages.filter((m) => m.ruleId === 'reference:registry')).toHaveLength(2)
    expect(clauses(tree).flatMap(references).map((r) => `${r.target.instrument}:${r.target.article}`)).toEqual(['foo-act:22'])
  })
})
