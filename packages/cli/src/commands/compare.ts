import type { Command } from 'commander'
import { renderCsv, renderJson, renderMarkdown, renderText } from '@whereas/crossref'
import { corpusAlignment } from '../alignment.js'
import { loadCorpus, UserError } from '../corpus.js'

export function compareCommand(program: Command): void {
  program
    .command('compare')
    .description('every demand of the letters beside the resolution paragraphs that answer it, with stance and evidence')
    .option('--json', 'print the alignment as one JSON document')
    .option('--csv', 'print one CSV row per demand and match')
    .option('--md', 'print a Markdown side-by-side report')
    .action((options: { json?: boolean; csv?: boolean; md?: boolean }) => {
      const chosen = [options.json, options.csv, options.md].filter(Boolean).length
      if (chosen > 1) throw new UserError('choose one of --json, --csv and --md.')
      const corpus = loadCorpus()
      const alignment = corpusAlignment(corpus)
      const render = options.json ? renderJson : options.csv ? renderCsv : options.md ? renderMarkdown : renderText
      process.stdout.write(render(alignment))
      // The text and Markdown reports list warnings themselves; JSON carries them in `warnings`.
      if (options.csv) for (const w of alignment.warnings) process.stderr.write(`whereas: ${w}\n`)
    })
}
