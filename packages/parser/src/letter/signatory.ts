import type { Signatory } from '../tree.js'
import { COUNTRIES, POLITICAL_GROUPS } from './countries.js'
import { collapseWhiteSpace } from './white-space.js'

/**
 * One signatory line read into its parts:
 * - "Patrick Breyer MEP (Greens/EFA) – Shadow Rapporteur" -> person, role "MEP; Shadow Rapporteur", group;
 * - "Access Now, International" -> organisation, country;
 * - "Douwe Korff, Emeritus Professor of International Law" -> person with a role.
 * `expected` is what the list's heading announced ("Individuals:" -> person), when it did.
 */
export function readSignatory(line: string, expected?: 'person' | 'organisation'): Signatory {
  return readTidySignatory(collapseWhiteSpace(line), expected)
}

/** `readSignatory` of a line whose white space is collapsed already (a clause's plain reading). */
export function readTidySignatory(tidy: string, expected?: 'person' | 'organisation'): Signatory {
  const last = tidy.charCodeAt(tidy.length - 1)
  const text = last === 44 || last === 59 ? tidy.slice(0, -1).trim() : tidy
  return readMember(text) ?? readPersonOrOrganisation(text, expected)
}

/** Between a member's head and each role: global, so that the roles are read on from the first. */
const SEPARATOR = /\s+[–—-]\s+/g
const GROUP = /\(([^()]{1,40})\)\s*$/
const MEP = /\s+MEP$/

/** Parliament members: "Name MEP, (Group) – Role", "Name (Group) – Role". */
function readMember(text: string): Signatory | undefined {
  // A member's head (before the first " – ") ends with the group's bracket or with "MEP": most
  // lines are told by that alone, and most by having neither anywhere, without the regex.
  if (!text.includes(')') && !text.includes('MEP')) return undefined
  SEPARATOR.lastIndex = 0
  const separator = SEPARATOR.exec(text)
  const first = separator ? text.slice(0, separator.index) : text
  if (!first.trimEnd().endsWith(')') && !first.endsWith('MEP')) return undefined
  let rest = first
  let group: string | undefined
  const bracket = GROUP.exec(rest)
  if (bracket && POLITICAL_GROUPS.has(bracket[1]!.trim().toLowerCase())) {
    group = bracket[1]!.trim()
    rest = rest.slice(0, bracket.index).trim()
    if (rest.endsWith(',')) rest = rest.slice(0, -1).trim()
  }
  const mep = MEP.exec(rest)
  if (mep) rest = rest.slice(0, mep.index).trim()
  if (!mep && !group) return undefined
  if (rest === '') return undefined
  let role = mep ? 'MEP' : ''
  // The roles: what stands between one separator and the next, as `split` would cut them.
  if (separator) {
    for (let from = SEPARATOR.lastIndex; ; ) {
      const next = SEPARATOR.exec(text)
      const part = text.slice(from, next ? next.index : text.length).trim()
      if (part !== '') role = role === '' ? part : `${role}; ${part}`
      if (!next) break
      from = SEPARATOR.lastIndex
    }
  }
  const member: Signatory = { name: rest, type: 'person' }
  if (role) member.role = role
  if (group) member.group = group
  return member
}

/** Words that name an organisation rather than a person. */
const ORGANISATION_WORDS =
  /\b(?:foundation|institute|network|union|cent(?:er|re)|council|association|associazione|alliance|forum|watch|rights|society|league|committee|federation|club|platform|initiative|project|lab|trials|international|e\.v\.|ngo|ltd|gmbh|university|section|commission|now|freedom|digital|privacy|forpost|remedium|centre|fund|office|coalition|campaign|group|partners|movement|trust|agency|europe|european)\b/i

/** A person's name: two to four capitalised words, with the particles names carry ("van", "de"). */
const PERSON_NAME = /^\p{Lu}[\p{L}’'.-]*(?: (?:(?:van|von|der|den|de|da|di|du|del|la|le|ter|ten|zu)|\p{Lu}[\p{L}’'.-]*)){1,3}$/u

function readPersonOrOrganisation(text: string, expected?: 'person' | 'organisation'): Signatory {
  const comma = text.indexOf(', ')
  const head = comma < 0 ? text : text.slice(0, comma).trim()
  const tail = comma < 0 ? '' : text.slice(comma + 2).trim()
  const country = tail !== '' && COUNTRIES.has(tail.toLowerCase())
  // The name regexes run only where they decide: most lines are told by the heading or the country.
  if (expected === 'person' || (expected === undefined && tail !== '' && !country && PERSON_NAME.test(head) && !ORGANISATION_WORDS.test(head))) {
    return tail ? { name: head, type: 'person', role: tail } : { name: head, type: 'person' }
  }
  if (country) {
    return { name: head, organisation: head, country: tail, type: 'organisation' }
  }
  return { name: text, organisation: text, type: 'organisation' }
}
