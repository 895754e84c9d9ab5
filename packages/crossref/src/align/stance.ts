import type { Ask, Stand } from '../ask/lexicon.js'

/** How a resolution clause stands to a demand. */
export type Stance = 'met' | 'partial' | 'opposed' | 'not addressed'

export const stances: readonly Stance[] = ['met', 'partial', 'opposed', 'not addressed']

/**
 * What the resolution's stand gives a demand's ask, before scope and exceptions: the rules of
 * the README as data. A stronger prohibition meets a weaker one (a ban meets a call for red
 * lines); a weaker one meets it partly (a moratorium for a ban); worry without a measure is
 * partial; favouring the use opposes a prohibition; noting is no answer.
 */
const table: Record<Ask, Record<Stand, Stance>> = {
  ban: row({ ban: 'met', moratorium: 'partial', restriction: 'partial', safeguard: 'partial', transparency: 'partial', other: 'partial', concern: 'partial', endorse: 'opposed' }),
  moratorium: row({ ban: 'met', moratorium: 'met', restriction: 'partial', safeguard: 'partial', transparency: 'partial', other: 'partial', concern: 'partial', endorse: 'opposed' }),
  restriction: row({ ban: 'met', moratorium: 'met', restriction: 'met', safeguard: 'partial', transparency: 'partial', other: 'partial', concern: 'partial', endorse: 'opposed' }),
  safeguard: row({ ban: 'met', moratorium: 'met', restriction: 'met', safeguard: 'met', transparency: 'partial', participation: 'partial', other: 'partial', concern: 'partial' }),
  transparency: row({ transparency: 'met', safeguard: 'partial', restriction: 'partial', participation: 'partial', other: 'partial' }),
  participation: row({ participation: 'met', safeguard: 'partial', transparency: 'partial', other: 'partial' }),
  other: row({ ban: 'partial', moratorium: 'partial', restriction: 'partial', safeguard: 'partial', transparency: 'partial', participation: 'partial', other: 'partial', concern: 'partial' })
}

function row(cells: Partial<Record<Stand, Stance>>): Record<Stand, Stance> {
  const all: Stand[] = ['ban', 'moratorium', 'restriction', 'safeguard', 'transparency', 'participation', 'other', 'none', 'concern', 'endorse']
  return Object.fromEntries(all.map((s) => [s, cells[s] ?? 'not addressed'])) as Record<Stand, Stance>
}

/** The stance a stand gives an ask, by the table. */
export function baseStance(demand: Ask, clause: Stand): Stance {
  return table[demand][clause]
}

/** Order for choosing the segment that answers best. */
const stanceOrder: Stance[] = ['met', 'partial', 'opposed', 'not addressed']
export function stanceRank(stance: Stance): number {
  return stanceOrder.indexOf(stance)
}

export function isStance(value: unknown): value is Stance {
  return typeof value === 'string' && (stances as readonly string[]).includes(value)
}
