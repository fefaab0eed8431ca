// `npm test`: the checks, each timed, stopping at the first that fails. The type check, the longest of them and
// single-threaded, runs beside the lint and the build; the test run comes last, so that its closing line
// ("N passed, N failed") stays the last line of the output.
import { spawn, spawnSync } from "node:child_process";

/** Runs one part and resolves to whether it passed, once it has printed how long it took. */
function runPart(name, command, args) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit" });
    child.on("close", (status) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (status === 0) console.log(`${name}: ${seconds} s`);
      else console.error(`${name} failed after ${seconds} s`);
      resolve(status === 0);
    });
  });
}

const lintThenBuild = async () =>
  (await runPart("lint", "npm", ["run", "--silent", "lint"])) &&
  (await runPart("build", "npm", ["run", "--silent", "build"]));

const passed = await Promise.all([
  runPart("type check", "npm", ["run", "--silent", "typecheck"]),
  lintThenBuild(),
]);
if (!passed.every(Boolean)) process.exit(1);

const { status } = spawnSync("npx", ["vitest", "run"], { stdio: "inherit" });
process.exit(status ?? 1);
