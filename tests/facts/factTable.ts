import { factProblems, factReportLines } from "../../src/content/factReport.ts";
import { dayInLima } from "../../src/flow/limaDate.ts";
import { factEntries } from "../support/contentFacts.ts";

/** `npm run facts`: every fact with its kinds, best source and age, most in need of a re-check first. */
export function factTable() {
  const entries = factEntries();
  return { lines: factReportLines(entries, dayInLima(new Date())), problems: factProblems(entries) };
}
