import { readFile, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import { promisify } from "node:util";
import { gzip as gzipCallback } from "node:zlib";
import { contentSecurityPolicy } from "../../../src/build/contentSecurityPolicy.ts";

const gzip = promisify(gzipCallback);

export interface StaticServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  close: () => Promise<void>;
}

export interface StaticServerOptions {
  gzip: boolean;
}

const mimeTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

const compressibleExtensions = new Set([
  ".html",
  ".js",
  ".mjs",
  ".css",
  ".json",
  ".map",
  ".webmanifest",
  ".svg",
  ".txt",
]);

/** Serves a built single-page app the way a static host would: SPA fallback, no-cache, optional gzip. */
export async function startStaticServer(
  rootDir: string,
  options: StaticServerOptions,
): Promise<StaticServer> {
  const root = resolve(rootDir);
  const server = createServer((request, response) => {
    handleRequest(root, options, request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      response.end(`Internal error: ${String(error)}`);
    });
  });

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once("error", rejectListen);
    server.listen(0, "127.0.0.1", () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolveClose, rejectClose) => {
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
        // Browsers keep connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}

async function handleRequest(
  root: string,
  options: StaticServerOptions,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }

  const filePath = await resolveFilePath(root, request.url ?? "/");
  if (filePath === undefined) {
    response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-cache" });
    response.end("Not found");
    return;
  }

  const extension = extname(filePath);
  const headers: Record<string, string | number> = {
    "Content-Type": mimeTypes[extension] ?? "application/octet-stream",
    "Cache-Control": "no-cache",
  };
  // The header carries frame-ancestors, which the page's own <meta> policy cannot.
  if (extension === ".html") headers["Content-Security-Policy"] = contentSecurityPolicy;
  let body = await readFile(filePath);
  if (options.gzip && compressibleExtensions.has(extension)) {
    headers.Vary = "Accept-Encoding";
    if (acceptsGzip(request)) {
      body = await gzip(body);
      headers["Content-Encoding"] = "gzip";
    }
  }
  headers["Content-Length"] = body.length;
  response.writeHead(200, headers);
  response.end(request.method === "HEAD" ? undefined : body);
}

/** Returns the file to serve, or undefined for a 404. Paths without an extension fall back to index.html. */
async function resolveFilePath(root: string, requestUrl: string): Promise<string | undefined> {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, "http://localhost").pathname);
  } catch {
    return undefined;
  }
  const candidate = normalize(join(root, pathname));
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;

  if (await isFile(candidate)) return candidate;
  const directoryIndex = join(candidate, "index.html");
  if (await isFile(directoryIndex)) return directoryIndex;
  if (extname(pathname) === "") return join(root, "index.html");
  return undefined;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function acceptsGzip(request: IncomingMessage): boolean {
  const header = request.headers["accept-encoding"];
  const value = Array.isArray(header) ? header.join(",") : (header ?? "");
  return /\bgzip\b/i.test(value);
}
