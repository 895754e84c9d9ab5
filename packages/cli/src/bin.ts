#!/usr/bin/env node
import { Command, CommanderError } from 'commander'
import { UserError } from './corpus.js'
import { parseCommand } from './commands/parse.js'
import { compareCommand } from './commands/compare.js'
import { citesCommand } from './commands/cites.js'
import { searchCommand } from './commands/search.js'
import { buildCommand } from './commands/build.js'
import { serveCommand } from './commands/serve.js'

// A reader that stops early (`whereas cites | head`) closes the pipe: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

const program = new Command('whereas')
  .description('Explore EU policy texts: parse, search, compare demands with the resolution, list citations, build the site.')
  .showHelpAfterError('(run "whereas --help" for the commands)')
  .exitOverride()

parseCommand(program)
compareCommand(program)
citesCommand(program)
searchCommand(program)
buildCommand(program)
serveCommand(program)

try {
  await program.parseAsync(process.argv)
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode)
  if (error instanceof UserError) {
    process.stderr.write(`whereas: ${error.message}\n`)
    process.exit(1)
  }
  throw error
}
