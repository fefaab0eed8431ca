import { contentSecurityPolicy, type InlineCode } from "./contentSecurityPolicy.ts";

/**
 * The one source of the headers the published site sends, written out by the build for static hosts (`_headers`)
 * and for nginx (`nginx.conf`), and applied by `npm start`'s preview server from that same `_headers`.
 */

/** Sent with every file: the policy, and nothing about the visitor leaves with a link they follow. */
export function securityHeaders(inline: InlineCode): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(inline),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
}

/** Files named by their content never change: a new version has a new name. */
export const immutable = "public, max-age=31536000, immutable";
/** Everything else is asked for again each time (a quick 304 when unchanged), so an update is seen at once. */
export const revalidate = "no-cache";

/** Where the build puts the files whose names carry a hash of their content. */
export const hashedFilesFolder = "/assets/";

/**
 * The `_headers` file of Netlify, Cloudflare Pages and hosts like them. Such hosts merge every rule that matches a
 * path, so each header is set by one rule only: Cache-Control by the hashed folder's rule or by the file's own.
 */
export function headersFile(inline: InlineCode, unhashedPaths: readonly string[]): string {
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join("\n");
  return `${[
    block("/*", securityHeaders(inline)),
    block(`${hashedFilesFolder}*`, { "Cache-Control": immutable }),
    ...unhashedPaths.map((path) => block(path, { "Cache-Control": revalidate })),
  ].join("\n")}\n`;
}

/**
 * Directives for nginx, to include in the site's `server` block (which sets `listen`, `server_name` and `root`).
 * nginx drops a server's add_header lines in any location that has its own, so each location repeats them all.
 */
export function nginxConfig(inline: InlineCode): string {
  // Cache-Control only with a success (nginx's default): a missing file must not be kept as missing for a year.
  const addHeaders = (cacheControl: string) =>
    [
      ...Object.entries(securityHeaders(inline)).map(
        ([name, value]) => `    add_header ${name} "${value}" always;`,
      ),
      `    add_header Cache-Control "${cacheControl}";`,
    ].join("\n");
  const textTypes =
    "text/css application/javascript application/json application/manifest+json image/svg+xml text/plain application/xml";
  return `# Written by the build from src/build/productionHeaders.ts: include it in the site's server block.
index index.html;
absolute_redirect off;
server_tokens off;
charset utf-8;
charset_types ${textTypes};
gzip on;
gzip_vary on;
gzip_types ${textTypes};

location ^~ ${hashedFilesFolder} {
${addHeaders(immutable)}
    try_files $uri =404;
}

location = /manifest.webmanifest {
    default_type application/manifest+json;
${addHeaders(revalidate)}
}

# A missing file is missing: a script asked for never gets a page in its place.
location ~ \\.[A-Za-z0-9]+$ {
${addHeaders(revalidate)}
    try_files $uri =404;
}

location / {
${addHeaders(revalidate)}
    # A language's page by its folder, and the app's page for any other address.
    try_files $uri $uri/ /index.html;
}
`;
}
