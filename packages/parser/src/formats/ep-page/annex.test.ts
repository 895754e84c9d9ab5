import { describe, expect, it } from 'vitest'
import { annexPieces } from './annex.js'

const pieces = (text: string) => annexPieces(text, 0, text.length).map((p) => [p.type === 'clause' ? p.id : p.role, text.slice(p.start, p.end).trim()])

describe('annexPieces', () => {
  it('reads the opening and one clause per article, in order', () => {
    expect(pieces('ANNEX TO THE RESOLUTION Article 1 Subject matter This refers to Article 2 Of the act. Article 2 Scope It applies. Article 4 Gone.')).toEqual([
      ['annex', 'ANNEX TO THE RESOLUTION'],
      ['annex__art_1', 'Article 1 Subject matter This refers to Article 2 Of the act.'],
      ['annex__art_2', 'Article 2 Scope It applies. Article 4 Gone.']
    ])
  })

  it('keeps an annex without articles whole', () => {
    expect(pieces('Annex to the resolution: recommendations 1 to 3.')).toEqual([['annex', 'Annex to the resolution: recommendations 1 to 3.']])
  })
})
