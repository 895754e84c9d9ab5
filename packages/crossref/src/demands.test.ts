import { parse } from '@whereas/parser'
import { describe, expect, it } from 'vitest'
import { corpusTrees } from '../test/corpus.js'
import { demandsOf, findDemands, type Demand } from './demands.js'

/** The demand whose text holds a fragment, in one document. */
function demandWith(demands: Demand[], doc: string, fragment: string): Demand | undefined {
  return demands.find((d) => d.doc === doc && d.text.toLowerCase().includes(fragment.toLowerCase()))
}

const letter = (text: string, id = 'test-letter') => parse(text, { format: 'markdown', id, kind: 'letter' }).tree

describe('demands in letters written for the test', () => {
  it('finds first-person calls, obligations and the items of a calling list, not reports or reasons', () => {
    const tree = letter(
      [
        'Dear Commissioner,',
        '',
        'Last year, 40 organisations called for limits on emotion recognition.',
        '',
        'We urge you to ban emotion recognition in workplaces without exceptions.',
        '',
        'The upcoming directive must legally restrict the surveillance of workers by their employers.',
        '',
        'The existing rules are not enough because:',
        '',
        '- employers are not required to tell staff about monitoring;',
        '- the GDPR is not enforced.',
        '',
        'We therefore call for:',
        '',
        '1. A moratorium on automated border control and emotion recognition;',
        '2. The inclusion of trade unions in the drafting of the directive.',
        '',
        'Yours sincerely,'
      ].join('\n')
    )
    const found = demandsOf(tree)
    expect(found.map((d) => d.ask)).toEqual(['ban', 'restriction', 'moratorium', 'participation'])
    expect(found[0]!.scope.map((s) => s.key)).toContain('without-exceptions')
    expect(found[1]!.subject?.key).toBe('workers-surveillance')
    expect(found[2]!.subject?.key).toBe('border-migration')
    expect(found[2]!.subjects.map((s) => s.key)).toContain('sensitive-inferences')
    expect(found.some((d) => d.text.includes('40 organisations'))).toBe(false)
    expect(found.some((d) => d.text.includes('not required'))).toBe(false)
  })

  it('reads "reject the amendments" as keeping what the amendments would remove', () => {
    const tree = letter(
      [
        'Dear colleagues,',
        '',
        'These amendments would remove the call for a moratorium on predictive policing from the report.',
        '',
        'Join us in rejecting the amendments!'
      ].join('\n')
    )
    const [demand] = demandsOf(tree)
    expect(demand?.ask).toBe('moratorium')
    expect(demand?.subject?.key).toBe('predictive-policing')
    expect(demand?.context?.id).toBeDefined()
  })

  it('reads "we are writing to ask" as announcing the demands that follow, unless nothing follows', () => {
    const announced = demandsOf(
      letter(
        [
          'Dear Commissioner,',
          '',
          'We are writing to ask you to support our call for stronger protections against predictive policing.',
          '',
          'We call for a ban on predictive policing systems.'
        ].join('\n')
      )
    )
    expect(announced.map((d) => d.quote)).toEqual(['We call for a ban on predictive policing systems.'])
    const alone = demandsOf(letter('Dear Commissioner,\n\nWe are writing to urge you to ban predictive policing.'))
    expect(alone.map((d) => d.ask)).toEqual(['ban'])
  })

  it('reads a sentence cut by a page break as one, and the cut-off part as no demand of its own', () => {
    const found = demandsOf(
      letter(
        [
          'Dear Commissioner,',
          '',
          '- Because consent is misused, we strongly believe that the EU needs a specific',
          '',
          '¹ A footnote at the foot of the page.',
          '',
          '- moratorium on emotion recognition at the border;',
          '- Employers are not required to tell staff.'
        ].join('\n')
      )
    )
    expect(found.map((d) => [d.ask, d.subject?.key])).toEqual([['moratorium', 'sensitive-inferences']])
    expect(found[0]!.text).toMatch(/needs a specific moratorium on emotion recognition/)
  })

  it('never throws on empty or odd documents', () => {
    for (const text of ['', '\n\n', '- \n- \n', ':'.repeat(1000), 'We call for:\n\n- '.repeat(200)]) {
      expect(() => demandsOf(letter(text))).not.toThrow()
    }
  })
})

describe('demands in the corpus', () => {
  const demands = findDemands(corpusTrees())

  // The numbered calls and headed examples of the two NGO letters, and the MEP letter's call.
  const expected: [doc: string, fragment: string, ask: string, subject: string | null][] = [
    ['ngo-letter-2021-04-01', 'calling for a specific ban on inherently unnecessary', 'ban', 'biometric-mass-surveillance'],
    ['ngo-letter-2021-04-01', 'calling for red lines specifically', 'restriction', null],
    ['ngo-letter-2021-04-01', 'we therefore call for a ban on the indiscriminate', 'ban', 'biometric-mass-surveillance'],
    // A sentence the source splits across a page break and its footnote, read as one.
    ['ngo-letter-2021-04-01', 'the EU needs a specific legal ban to build on', 'ban', 'biometric-mass-surveillance'],
    ['ngo-letter-2021-04-01', 'to include an explicit ban on the indiscriminate', 'ban', 'biometric-mass-surveillance'],
    ['ngo-letter-2021-04-01', 'legal restrictions or legislative red-lines on all uses', 'restriction', 'rights-violating-uses'],
    ['ngo-letter-2021-04-01', 'explicit inclusion of marginalised and affected communities', 'participation', 'affected-communities'],
    ['ngo-letter-2021-04-01', 'must take the necessary step of prohibiting', 'ban', 'rights-violating-uses'],
    ['edri-letter-2021-01-12', 'must therefore be clearly prohibited', 'ban', 'biometric-mass-surveillance'],
    ['edri-letter-2021-01-12', 'ban or moratorium on the use of automated technologies', 'moratorium', 'border-migration'],
    ['edri-letter-2021-01-12', 'must legally restrict uses and deployments of AI', 'restriction', 'social-scoring'],
    ['edri-letter-2021-01-12', 'must legally prohibit deployments of predictive policing', 'ban', 'predictive-policing'],
    ['edri-letter-2021-01-12', 'legal limits must be imposed on AI risk assessment', 'restriction', 'criminal-justice-risk-assessment'],
    ['edri-letter-2021-01-12', 'an explicit ban on the indiscriminate or arbitrarily', 'ban', 'biometric-mass-surveillance'],
    ['edri-letter-2021-01-12', 'legal restrictions or legislative red', 'restriction', null],
    ['edri-letter-2021-01-12', 'explicit inclusion of marginalised and affected communities', 'participation', 'affected-communities'],
    ['mep-letter-2021-10-04', 'join us in opposing the amendments', 'ban', 'biometric-mass-surveillance'],
    ['mep-letter-2021-10-04', 'ban biometric mass surveillance of public spaces', 'ban', 'biometric-mass-surveillance']
  ]
  for (const [doc, fragment, ask, subject] of expected) {
    it(`${doc}: "${fragment}" is a ${ask} demand`, () => {
      const d = demandWith(demands, doc, fragment)
      expect(d, `no demand holds "${fragment}"`).toBeDefined()
      expect(d!.ask).toBe(ask)
      if (subject) expect(d!.subject?.key).toBe(subject)
    })
  }

  it('links the eucrim bullets to the demands of the April letter they restate', () => {
    const news = demands.filter((d) => d.doc === 'eucrim-news-2021')
    expect(news.length).toBeGreaterThanOrEqual(3)
    for (const d of news) expect(d.restates?.doc, d.quote).toBe('ngo-letter-2021-04-01')
    const ban = demandWith(news, 'eucrim-news-2021', 'must include an explicit ban')
    const source = demands.find((d) => d.doc === ban?.restates?.doc && d.id === ban?.restates?.id)
    expect(source?.text).toMatch(/to include an explicit ban/)
  })

  it('does not take reports of other calls for demands', () => {
    expect(demandWith(demands, 'mep-letter-2021-10-04', 'European Data Protection Board')).toBeUndefined()
    expect(demandWith(demands, 'ngo-letter-2021-04-01', '62 civil society organisations have already issued')).toBeUndefined()
    expect(demandWith(demands, 'ngo-letter-2021-04-01', 'would thus like to call your attention')).toBeUndefined()
    // The April letter's opening announces its three points; it is not a demand of its own.
    expect(demandWith(demands, 'ngo-letter-2021-04-01', 'We are writing to ask you to support our call')).toBeUndefined()
  })
})
