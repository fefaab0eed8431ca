import { accessSync, constants } from "node:fs";

export const defaultChromiumPath = "/usr/bin/chromium";

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || defaultChromiumPath;
}

export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Fails, saying how to install it, when a program of Debian's the tests drive is missing: a fresh machine lacks it,
 * and in CI its absence is a failure like any other, never a skip.
 */
export function assertInstalled(program: {
  name: string;
  debianPackage: string;
  path: string;
  setting: string;
}) {
  if (isExecutable(program.path)) return;
  const where = process.env[program.setting] ? `${program.setting}=${program.path}` : program.path;
  const hint =
    process.env.CI === "true"
      ? "The CI script (.ci/run) should have installed it; check its apt-get output."
      : `Install it with: sudo apt-get install ${program.debianPackage} (or set ${program.setting} to its executable).`;
  throw new Error(
    `The end-to-end tests need ${program.name}, but ${where} is not an executable file. ${hint}`,
  );
}
