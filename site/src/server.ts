import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, resolve, sep } from 'node:path'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon'
}

export interface ServeOptions {
  /** The folder to serve (the built site). */
  root: string
  /** 0 picks a free port. */
  port?: number
  host?: string
}

export interface RunningServer {
  url: string
  port: number
  close(): Promise<void>
}

/**
 * Map a request path to a file under `root`, or undefined when it is not one: undecodable,
 * NUL bytes, or anything that would leave the folder (`..`, encoded `%2e%2e`, symlinks out).
 */
export function resolveRequestPath(root: string, urlPath: string): string | undefined {
  let pathname: string
  try {
    pathname = decodeURIComponent(new URL(urlPath, 'http://localhost').pathname)
  } catch {
    return undefined
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return undefined
  const base = resolve(root)
  const target = resolve(base, `.${pathname}`)
  if (target !== base && !target.startsWith(base + sep)) return undefined
  return target
}

function send(res: ServerResponse, status: number, type: string, body: string | NodeJS.ReadableStream, head: boolean): void {
  res.writeHead(status, { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' })
  if (head || typeof body !== 'string') {
    if (head) res.end()
    else (body as NodeJS.ReadableStream).pipe(res)
    return
  }
  res.end(body)
}

function handle(root: string, req: IncomingMessage, res: ServerResponse): void {
  const head = req.method === 'HEAD'
  if (req.method !== 'GET' && !head) {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' })
    res.end('Method not allowed: this server only serves files.\n')
    return
  }
  const notFound = (): void => {
    const page = join(root, '404.html')
    if (existsSync(page)) send(res, 404, contentTypes['.html'] as string, createReadStream(page), head)
    else send(res, 404, 'text/plain; charset=utf-8', 'Not found\n', head)
  }
  const target = resolveRequestPath(root, req.url ?? '/')
  if (!target) {
    send(res, 400, 'text/plain; charset=utf-8', 'Bad request path\n', head)
    return
  }
  let file = target
  try {
    if (statSync(file).isDirectory()) {
      const path = new URL(req.url ?? '/', 'http://localhost')
      if (!path.pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${path.pathname}/${path.search}` })
        res.end()
        return
      }
      file = join(file, 'index.html')
    }
    // A symlink inside the folder must not lead out of it.
    const real = realpathSync(file)
    if (real !== root && !real.startsWith(root + sep)) return notFound()
    if (!statSync(real).isFile()) return notFound()
    const type = contentTypes[extname(real).toLowerCase()] ?? 'application/octet-stream'
    send(res, 200, type, createReadStream(real), head)
  } catch {
    notFound()
  }
}

/** Serve a built site over HTTP: static files only, for previewing on this machine. */
export function serveSite(options: ServeOptions): Promise<RunningServer> {
  const root = realpathSync(resolve(options.root))
  const server = createServer((req, res) => handle(root, req, res))
  return new Promise((ready, fail) => {
    server.once('error', fail)
    server.listen(options.port ?? 4173, options.host ?? '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      const host = options.host && options.host !== '127.0.0.1' ? options.host : 'localhost'
      ready({
        url: `http://${host}:${port}/`,
        port,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections()
            server.close(() => done())
          })
      })
    })
  })
}
