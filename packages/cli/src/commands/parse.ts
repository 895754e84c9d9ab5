import { Option, type Command } from 'commander'
import { parse, type Format } from '@whereas/parser'
import { formatChoices, idFromFileName, readTextFile, type FormatChoice } from '../corpus.js'
import { outline } from '../outline.js'

export function parseCommand(program: Command): void {
  program
    .command('parse')
    .description('print the tree of one file: an outline by default, the root node as JSON with --json')
    .argument('<file>', 'a text file: an EP "Texts adopted" page, a Markdown letter, PDF-extracted text, or plain text')
    .addOption(new Option('--format <format>', 'input format').choices(formatChoices).default('auto'))
    .option('--json', 'print the root node as one JSON document')
    .action((file: string, options: { format: FormatChoice; json?: boolean }) => {
      const text = readTextFile(file)
      const format: Format | undefined = options.format === 'auto' ? undefined : options.format
      const { tree, messages } = parse(text, { format, id: idFromFileName(file) })
      process.stdout.write(options.json ? JSON.stringify(tree) + '\n' : outline(tree))
      // Messages go to stderr in both modes, so stdout stays one JSON document with --json.
      for (const message of messages) {
        const at = message.position ? `${file}:${message.position.start.line}:${message.position.start.column}` : file
        process.stderr.write(`${at}: ${message.severity}: ${message.reason} [${message.ruleId}]\n`)
      }
    })
}
