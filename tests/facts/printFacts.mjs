// Loads the content through Vite, which reads TypeScript and import.meta.glob as the app's build does.
import { runnerImport } from "vite";

const { module } = await runnerImport(new URL("./factTable.ts", import.meta.url).pathname);
const { lines, problems } = module.factTable();
console.log(lines.join("\n"));
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):\n${problems.join("\n")}`);
  process.exitCode = 1;
}
