import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";
import appConfig from "../../vite.config.ts";

/**
 * The configuration Stryker runs Vitest with (`npm run mutate`): the app's own, with the unit project only (the e2e
 * and build projects need a browser and a built app; Stryker's Vitest runner has no option to pick a project), run
 * on the tests of the mutated code. A mutant that only takes effect while a module loads (the step table, the facts,
 * the machine's states) re-runs every test file here, about 290 of them, so the runs are kept short:
 * - only tests/flow and tests/content, which test src/flow and src/content themselves;
 * - in Node rather than jsdom, and without the app's setup file (DOM cleanup, the English catalog): these tests render
 *   nothing, and jsdom alone tripled each run;
 * - without the model-based paths test, which walks ~17,000 paths while its file loads: Stryker counts all it runs as
 *   loading, so nearly every mutant of the machine would re-run the whole set (est. 3 h instead of 4 min). The
 *   machine's own tests, rules, journey and build tests cover it here; `npm test` still runs the paths test.
 */
const isUnitProject = (project: unknown): project is TestProjectInlineConfiguration =>
  typeof project === "object" &&
  project !== null &&
  (project as TestProjectInlineConfiguration).test?.name === "unit";

const unit = appConfig.test?.projects?.find(isUnitProject);
if (!unit) throw new Error("vite.config.ts has no unit project for the mutation tests to run");

export default defineConfig({
  ...appConfig,
  test: {
    ...appConfig.test,
    projects: [
      {
        ...unit,
        test: {
          ...unit.test,
          include: ["tests/flow/**/*.test.ts", "tests/content/**/*.test.ts"],
          exclude: [...(unit.test?.exclude ?? []), "tests/flow/wizardMachine.paths.test.ts"],
          environment: "node",
          setupFiles: [],
        },
      },
    ],
  },
});
