import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";

type HeaderRule = { path: string; headers: [string, string][] };

/** The rules of a `_headers` file: a path (ending in `*` for a prefix), then its headers, indented. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const separator = line.indexOf(":");
    rules.at(-1)?.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
  }
  return rules;
}

const matches = (rule: string, path: string) =>
  rule.endsWith("*") ? path.startsWith(rule.slice(0, -1)) : path === rule;

/** The headers a static host reading `rules` sends with `path`. */
export const headersFor = (rules: readonly HeaderRule[], path: string): [string, string][] =>
  rules.filter((rule) => matches(rule.path, path)).flatMap((rule) => rule.headers);

/** `npm start` sends what the published site sends: the headers of the build's own `_headers` file. */
export function previewHeaders(): Plugin {
  return {
    name: "adios-chip:preview-headers",
    configurePreviewServer(server) {
      const file = join(server.config.root, server.config.build.outDir, "_headers");
      const rules = parseHeadersFile(readFileSync(file, "utf8"));
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? "/", "http://localhost").pathname;
        for (const [name, value] of headersFor(rules, path)) response.setHeader(name, value);
        next();
      });
    },
  };
}
