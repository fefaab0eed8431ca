import { type SizedFile, totalGzipBytes } from "./buildOutput.ts";

const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

/** A plain-text table of the files' raw and gzip sizes, largest first, with the total (kB = 1000 bytes). */
export function sizeTable(title: string, files: readonly SizedFile[]): string {
  const rows = [...files]
    .sort((a, b) => b.gzipBytes - a.gzipBytes)
    .map((file) => [file.file, kB(file.rawBytes), kB(file.gzipBytes)]);
  const rawTotal = files.reduce((sum, file) => sum + file.rawBytes, 0);
  rows.push(["total", kB(rawTotal), kB(totalGzipBytes(files))]);
  const header = [title, "raw", "gzip"];
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join("  ");
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return [line(header), rule, ...rows.slice(0, -1).map(line), rule, line(rows.at(-1) ?? [])].join("\n");
}
