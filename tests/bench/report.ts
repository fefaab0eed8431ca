import budget from "../build/budget.json";

export { budget };

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) throw new Error("No values to take the median of");
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** "✓" when the measure meets its target, "✗ (target …)" when not. */
export const verdict = (meets: boolean, target: string) => (meets ? "✓" : `✗ (target ${target})`);

/** Prints a titled block, separated from the test runner's own output. */
export function printSection(title: string, lines: readonly string[]): void {
  console.log(`\n== ${title}\n${lines.join("\n")}\n`);
}
