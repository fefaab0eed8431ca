import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const textFiles = /\.(html|js|json|webmanifest)$/;

/** Every file of the build, as paths inside it. */
async function filesOf(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

export interface DeployedSite {
  dir: string;
  /**
   * Puts a new version in place of the old one, as a host does after a deploy that changed the code: every script
   * gets a new name (its content hash changes), the old files are gone, and sw.js lists the new ones, with new
   * revisions for the pages that name them.
   */
  deployNewVersion: () => Promise<void>;
  remove: () => Promise<void>;
}

/** A copy of the build in a folder of its own, to serve and then update without touching the build. */
export async function deployedCopy(buildDir: string): Promise<DeployedSite> {
  const dir = await mkdtemp(join(tmpdir(), "adios-chip-site-"));
  await cp(buildDir, dir, { recursive: true });
  return {
    dir,
    remove: () => rm(dir, { recursive: true, force: true }),
    deployNewVersion: async () => {
      const scripts = (await readdir(join(dir, "assets"))).filter((name) => name.endsWith(".js"));
      const renamed = new Map(scripts.map((name) => [name, name.replace(/\.js$/, "-next.js")]));
      for (const file of await filesOf(dir)) {
        if (!textFiles.test(file)) continue;
        let text = await readFile(file, "utf8");
        for (const [old, next] of renamed) text = text.replaceAll(old, next);
        if (file.endsWith("sw.js"))
          text = text.replace(/(url:"[^"]*\.html",revision:")([0-9a-f]+)"/g, '$1$2-next"');
        await writeFile(file, text);
      }
      for (const [old, next] of renamed) await rename(join(dir, "assets", old), join(dir, "assets", next));
    },
  };
}
