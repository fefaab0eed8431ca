import type { Plugin } from "vite";

/** The page runs only its own files: no inline code, no eval, no third party, and nobody may frame it. */
const directives: Record<string, string> = {
  "default-src": "'self'",
  "script-src": "'self'",
  "style-src": "'self'",
  "img-src": "'self' data:",
  "connect-src": "'self'",
  "manifest-src": "'self'",
  "worker-src": "'self'",
  "base-uri": "'none'",
  "form-action": "'none'",
  "object-src": "'none'",
  "frame-ancestors": "'none'",
};

const serialize = (names: string[]) => names.map((name) => `${name} ${directives[name]}`).join("; ");

/** The policy a server should send as the Content-Security-Policy header. */
export const contentSecurityPolicy = serialize(Object.keys(directives));

/** Browsers ignore frame-ancestors in a <meta> policy (and warn about it), so the meta leaves it to the header. */
export const metaContentSecurityPolicy = serialize(
  Object.keys(directives).filter((name) => name !== "frame-ancestors"),
);

const charsetMeta = /<meta charset=[^>]*>/i;

/**
 * Puts the policy in the built page, right after the charset so that it covers every script and stylesheet, and
 * holds on any static host. Build only: the dev server's React refresh preamble is an inline script.
 */
export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: "adios-chip:content-security-policy",
    apply: "build",
    transformIndexHtml(html) {
      if (!charsetMeta.test(html))
        throw new Error("index.html needs a <meta charset> to put the policy after");
      return html.replace(
        charsetMeta,
        (charset) =>
          `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy}" />`,
      );
    },
  };
}
