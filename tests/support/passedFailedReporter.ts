import type { SerializedError } from "vitest";
import type { Reporter, TestModule, Vitest } from "vitest/node";

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

/**
 * Prints when each project's last file ended, from the start of the run (the node and dom projects run side by side,
 * then build and e2e), then one closing line for the whole run, across projects: "N passed, N failed" (", N skipped"
 * when any).
 * CI reads this line, so it must stay the last one and keep this exact shape.
 */
export default class PassedFailedReporter implements Reporter {
  private counts: Counts = { passed: 0, failed: 0, skipped: 0 };
  private watchMode = false;
  private runStart = performance.now();
  /** When each project's last file ended, from the start of the run. */
  private finishedAfter = new Map<string, number>();

  onTestRunStart(): void {
    this.runStart = performance.now();
  }

  onTestModuleEnd(testModule: TestModule): void {
    this.finishedAfter.set(testModule.project.name, performance.now() - this.runStart);
  }

  onInit(vitest: Vitest): void {
    this.watchMode = vitest.config.watch;
    // In a single run the line is printed on exit, not in onTestRunEnd: Vitest reports a failing
    // globalSetup (and startup errors) only after onTestRunEnd, and such a run has no failed test.
    if (!this.watchMode) process.once("exit", (exitCode) => this.printClosingLine(exitCode));
  }

  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
  ): void {
    this.counts = countTests(testModules, unhandledErrors);
    if (this.watchMode) this.printClosingLine(0);
  }

  private printClosingLine(exitCode: number): void {
    const times = [...this.finishedAfter].map(([name, ms]) => `${name} after ${(ms / 1000).toFixed(1)} s`);
    if (times.length > 0) process.stdout.write(`Projects done: ${times.join(", ")}\n`);
    const { passed, skipped } = this.counts;
    // A run that exits non-zero must never read "0 failed".
    const failed = exitCode !== 0 && this.counts.failed === 0 ? 1 : this.counts.failed;
    // Synchronous on Linux for files, pipes and terminals, so it is safe inside an exit handler.
    process.stdout.write(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}\n`);
  }
}

function countTests(
  testModules: ReadonlyArray<TestModule>,
  unhandledErrors: ReadonlyArray<SerializedError>,
): Counts {
  const counts: Counts = { passed: 0, failed: 0, skipped: 0 };
  for (const testModule of testModules) {
    for (const testCase of testModule.children.allTests()) {
      const { state } = testCase.result();
      if (state === "passed") counts.passed++;
      else if (state === "failed") counts.failed++;
      else if (state === "skipped") counts.skipped++;
    }
    // A file that fails to load, or a suite whose beforeAll/afterAll throws, has no failed test of
    // its own; count each once.
    for (const suite of [testModule, ...testModule.children.allSuites()]) {
      if (suite.errors().length > 0) counts.failed++;
    }
  }
  counts.failed += unhandledErrors.length;
  return counts;
}
