// `npm test`: the checks one after another, each timed, stopping at the first that fails. The test run comes last,
// so that its closing line ("N passed, N failed") stays the last line of the output.
import { spawnSync } from "node:child_process";

const parts = [
  ["type check", "npm", ["run", "--silent", "typecheck"]],
  ["lint", "npm", ["run", "--silent", "lint"]],
  ["build", "npm", ["run", "--silent", "build"]],
  ["tests", "npx", ["vitest", "run"]],
];

for (const [name, command, args] of parts) {
  const started = performance.now();
  const { status } = spawnSync(command, args, { stdio: "inherit" });
  if (name === "tests") process.exit(status ?? 1);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (status !== 0) {
    console.error(`${name} failed after ${seconds} s`);
    process.exit(status ?? 1);
  }
  console.log(`${name}: ${seconds} s`);
}
