import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { InvalidArgumentError, type Command } from 'commander'
import { serveSite } from '@whereas/site'
import { findCorpusDir, UserError } from '../corpus.js'

function parsePort(value: string): number {
  const port = Number(value)
  if (!/^\d{1,5}$/.test(value) || port > 65535) throw new InvalidArgumentError('give a port number from 0 to 65535.')
  return port
}

export function serveCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the built site on http://localhost:4173 (static files only)')
    .option('--port <port>', 'port to listen on (0 picks a free one)', parsePort, 4173)
    .option('--dir <dir>', 'folder to serve (default: site/dist beside the corpus)')
    .action(async (options: { port: number; dir?: string }) => {
      const root = resolve(options.dir ?? join(dirname(findCorpusDir()), 'site', 'dist'))
      if (!existsSync(join(root, 'index.html'))) {
        throw new UserError(`${root} holds no built site: run "pnpm -s whereas build" first.`)
      }
      try {
        const server = await serveSite({ root, port: options.port })
        process.stdout.write(`whereas: serving ${root} on ${server.url} (Ctrl+C to stop)\n`)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
          throw new UserError(`port ${options.port} is in use: pick another with --port.`)
        }
        throw error
      }
    })
}
