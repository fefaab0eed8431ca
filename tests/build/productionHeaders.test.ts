import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  hashSource,
  metaContentSecurityPolicy,
} from "../../src/build/contentSecurityPolicy.ts";
import { headersFor, parseHeadersFile } from "../../src/build/previewHeaders.ts";
import { headersFile, nginxConfig, securityHeaders } from "../../src/build/productionHeaders.ts";

const inline = { scripts: ["console.log(1)"], styles: ["body{margin:0}"] };

describe("the policy", () => {
  it("allows the page's own files and exactly the inline code it carries, by hash", () => {
    const policy = contentSecurityPolicy(inline);
    expect(hashSource("console.log(1)")).toBe("'sha256-CihokcEcBW4atb/CW/XWsvWwbTjqwQlE9nj9ii5ww5M='");
    expect(policy).toContain(`script-src 'self' ${hashSource("console.log(1)")};`);
    expect(policy).toContain(`style-src 'self' ${hashSource("body{margin:0}")};`);
    expect(policy).not.toContain("unsafe");
  });

  it("refuses every frame in the header, which the page's own copy cannot say", () => {
    expect(contentSecurityPolicy(inline)).toMatch(/; frame-ancestors 'none'$/);
    expect(metaContentSecurityPolicy(inline)).toBe(
      contentSecurityPolicy(inline).replace("; frame-ancestors 'none'", ""),
    );
  });
});

describe("the _headers file for static hosts", () => {
  const rules = parseHeadersFile(headersFile(inline, ["/", "/zh/", "/sw.js"]));

  it("sends the security headers with every file", () => {
    for (const path of ["/", "/zh/", "/assets/main-abc.js", "/icon.svg"])
      expect(new Map(headersFor(rules, path)), path).toEqual(
        expect.objectContaining(new Map(Object.entries(securityHeaders(inline)))),
      );
  });

  it("sets Cache-Control once per file: a year for hashed files, asked again for pages and the worker", () => {
    const cacheControl = (path: string) =>
      headersFor(rules, path)
        .filter(([name]) => name === "Cache-Control")
        .map(([, value]) => value);
    expect(cacheControl("/assets/main-abc.js")).toEqual(["public, max-age=31536000, immutable"]);
    expect(cacheControl("/")).toEqual(["no-cache"]);
    expect(cacheControl("/zh/")).toEqual(["no-cache"]);
    expect(cacheControl("/sw.js")).toEqual(["no-cache"]);
  });
});

describe("the nginx configuration", () => {
  const config = nginxConfig(inline);

  it("repeats every security header in each location, as nginx drops the server's in a location with its own", () => {
    const locations = config.split(/^location /m).slice(1);
    expect(locations).toHaveLength(4);
    for (const location of locations)
      for (const [name, value] of Object.entries(securityHeaders(inline)))
        expect(location).toContain(`add_header ${name} "${value}" always;`);
  });

  it("keeps hashed files a year, but only when found, and never answers a missing file with a page", () => {
    expect(config).toMatch(
      /location \^~ \/assets\/ \{[^}]*add_header Cache-Control "public, max-age=31536000, immutable";\n[^}]*try_files \$uri =404;/,
    );
    expect(config).toMatch(/location ~ [^{]*\{[^}]*try_files \$uri =404;/);
    expect(config).toMatch(/location \/ \{[^}]*try_files \$uri \$uri\/ \/index\.html;/);
  });
});
