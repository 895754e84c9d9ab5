import { describe, expect, it } from 'vitest'
import { NameTrie } from './names.js'
import { Tokens } from './tokenize.js'

describe('NameTrie', () => {
  it('keeps the first of names added again, however often', () => {
    const trie = new NameTrie()
    for (let k = 0; k < 50; k++) {
      trie.add('Charter', `charter-${k}`)
      trie.add('the Digital Services Act', `dsa-${k}`)
    }
    const tokens = new Tokens('under the Charter and the Digital Services Act')
    expect(trie.match(tokens, 2)?.entry.value).toBe('charter-0')
    expect(trie.match(tokens, 4)?.entry.value).toBe('dsa-0')
    expect(trie.match(tokens, 3)).toBeUndefined()
    tokens.release()
  })

  it('matches names whatever the case of words of three and more, and exactly those of one or two', () => {
    const trie = new NameTrie()
    trie.add('General Data Protection Regulation', 'gdpr')
    trie.add('GDPR', 'gdpr')
    const tokens = new Tokens('general data protection regulation gdpr GDPR')
    expect(trie.match(tokens, 0)?.end).toBe(4)
    expect(trie.match(tokens, 4)).toBeUndefined()
    expect(trie.match(tokens, 5)?.end).toBe(6)
    tokens.release()
  })

  it('turns a word away by its signature and the next one, and still finds every name', () => {
    const trie = new NameTrie()
    trie.add('AI Act', 'ai-act')
    trie.add('Charter', 'charter')
    const tokens = new Tokens('AI systems under the AI Act and the Charter ; AI')
    expect([0, 4, 8, 10].map((i) => trie.starts(tokens, i))).toEqual([false, true, true, false])
    expect(trie.match(tokens, 0)).toBeUndefined()
    expect(trie.match(tokens, 4)?.end).toBe(6)
    expect(trie.match(tokens, 8)?.entry.value).toBe('charter')
    tokens.release()
  })

  it('finds a name whose word lowercases longer than it is written ("İ")', () => {
    const trie = new NameTrie()
    trie.add('Convention on İzmir Rights', 'izmir')
    const tokens = new Tokens('the convention on i\u0307zmir rights')
    expect(trie.match(tokens, 1)?.end).toBe(5)
    tokens.release()
  })
})
