import { createHash } from "node:crypto";

/** What the pages carry inline, each allowed by its hash: the language script and the styles of the first paint. */
export type InlineCode = { scripts: readonly string[]; styles: readonly string[] };

/** The source expression that allows exactly this inline code and nothing else. */
export const hashSource = (code: string) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`;

const withHashes = (codes: readonly string[]) => ["'self'", ...codes.map(hashSource)].join(" ");

/** The page runs only its own files and its own inline code: no eval, no third party, and nobody may frame it. */
function directives(inline: InlineCode): Record<string, string> {
  return {
    "default-src": "'self'",
    "script-src": withHashes(inline.scripts),
    "style-src": withHashes(inline.styles),
    "img-src": "'self' data:",
    "connect-src": "'self'",
    "manifest-src": "'self'",
    "worker-src": "'self'",
    "base-uri": "'none'",
    "form-action": "'none'",
    "object-src": "'none'",
    "frame-ancestors": "'none'",
  };
}

const serialize = (entries: [string, string][]) =>
  entries.map(([name, value]) => `${name} ${value}`).join("; ");

/** The policy a server sends as the Content-Security-Policy header. */
export const contentSecurityPolicy = (inline: InlineCode) => serialize(Object.entries(directives(inline)));

/** Browsers ignore frame-ancestors in a <meta> policy (and warn about it), so the meta leaves it to the header. */
export const metaContentSecurityPolicy = (inline: InlineCode) =>
  serialize(Object.entries(directives(inline)).filter(([name]) => name !== "frame-ancestors"));
