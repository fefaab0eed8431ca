import axe from "axe-core";
import { wcagTags } from "../../support/wcagTags.ts";

/**
 * axe-core's WCAG A/AA findings inside `container`, one "rule: target" line per element at fault, so that a failing
 * `expect(...).toEqual([])` says what broke and where. Colour contrast is left to the browser tests: jsdom lays
 * nothing out, so axe cannot tell the colours apart. (The landmark rules such as `region` are tagged
 * "best-practice", not WCAG, so they do not run here.)
 */
export async function axeViolations(container: Element): Promise<string[]> {
  // axe checks what is in the document: a detached container would pass whatever its markup.
  if (!container.isConnected) throw new Error("axeViolations needs a container in the document");
  const results = await axe.run(container, {
    runOnly: { type: "tag", values: wcagTags },
    rules: { "color-contrast": { enabled: false } },
    resultTypes: ["violations"],
  });
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(" ")}`),
  );
}
