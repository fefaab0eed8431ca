import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";
import appConfig from "../../vite.config.ts";

/**
 * The configuration Stryker runs Vitest with (`npm run mutate`): the app's own, with its node project only (the other
 * projects need a DOM, a browser or a built app; Stryker's Vitest runner has no option to pick a project), run on the
 * tests of the mutated code, tests/flow and tests/content. The mutants of code that runs only while a module loads are
 * left aside (`ignoreStatic`), so every test here imports what it tests at its top: a module first loaded inside a
 * test would count its loading as that test's, and its mutants as ones that test alone can kill. The model-based paths
 * test walks tens of thousands of paths while its file loads, so it stays out too; `npm test` runs it.
 */
const isNodeProject = (project: unknown): project is TestProjectInlineConfiguration =>
  typeof project === "object" &&
  project !== null &&
  (project as TestProjectInlineConfiguration).test?.name === "node";

const node = appConfig.test?.projects?.find(isNodeProject);
if (!node) throw new Error("vite.config.ts has no node project for the mutation tests to run");

export default defineConfig({
  ...appConfig,
  test: {
    ...appConfig.test,
    projects: [
      {
        ...node,
        test: {
          ...node.test,
          include: ["tests/flow/**/*.test.ts", "tests/content/**/*.test.ts"],
          exclude: [...(node.test?.exclude ?? []), "tests/flow/wizardMachine.paths.test.ts"],
          // Each file loads the modules afresh, so that what a module builds as it loads is built for that file.
          isolate: true,
        },
      },
    ],
  },
});
