import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { assertInstalled } from "./chromiumPath.ts";

export const defaultNginxPath = "/usr/sbin/nginx";

export const nginxPath = () => process.env.NGINX_PATH || defaultNginxPath;

const startTimeoutMs = 10_000;
const stopTimeoutMs = 5_000;

export interface WebServer {
  /** Origin without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  close: () => Promise<void>;
}

export const assertNginxInstalled = () =>
  assertInstalled({ name: "nginx", debianPackage: "nginx", path: nginxPath(), setting: "NGINX_PATH" });

/** A port nobody listens on at the moment, on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolvePort(address.port) : reject()));
    });
  });
}

/**
 * The site as published: `siteDir` (a build) served by nginx on 127.0.0.1 with the configuration the build ships
 * (its nginx.conf, included in a server block as the README says), run in the foreground with its own temporary
 * files, so nothing outside that folder is touched.
 */
export async function startNginx(siteDir: string): Promise<WebServer> {
  assertNginxInstalled();
  const site = resolve(siteDir);
  const workDir = await mkdtemp(join(tmpdir(), "adios-chip-nginx-"));
  const port = await freePort();
  const temp = (name: string) => `${name} ${join(workDir, name)};`;
  const configuration = `
${process.getuid?.() === 0 ? "user root root;" : ""}
worker_processes 1;
daemon off;
pid ${join(workDir, "nginx.pid")};
error_log ${join(workDir, "error.log")} warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${["client_body_temp_path", "proxy_temp_path", "fastcgi_temp_path", "uwsgi_temp_path", "scgi_temp_path"].map(temp).join("\n  ")}
  server {
    listen 127.0.0.1:${port};
    root ${site};
    include ${join(site, "nginx.conf")};
  }
}
`;
  const configFile = join(workDir, "nginx.conf");
  await writeFile(configFile, configuration);
  const nginx = spawn(nginxPath(), ["-p", workDir, "-e", join(workDir, "error.log"), "-c", configFile], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let printed = "";
  nginx.stderr?.on("data", (chunk: Buffer) => {
    printed += chunk.toString();
  });
  const close = async () => {
    await stop(nginx);
    await rm(workDir, { recursive: true, force: true });
  };
  try {
    await listening(port, nginx, () => printed);
  } catch (error) {
    await close();
    throw error;
  }
  return { url: `http://127.0.0.1:${port}`, close };
}

/** Resolves once the port accepts a connection; fails if nginx exits first or the bound passes. */
async function listening(port: number, nginx: ChildProcess, printed: () => string): Promise<void> {
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited (code ${nginx.exitCode}):\n${printed()}`);
    const accepted = await new Promise<boolean>((done) => {
      const socket = createConnection({ host: "127.0.0.1", port }, () => {
        socket.end();
        done(true);
      });
      socket.once("error", () => done(false));
    });
    if (accepted) return;
    await new Promise((wait) => setTimeout(wait, 50));
  }
  throw new Error(`nginx did not listen on 127.0.0.1:${port} within ${startTimeoutMs} ms:\n${printed()}`);
}

function stop(nginx: ChildProcess): Promise<void> {
  if (nginx.exitCode !== null || nginx.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => nginx.kill("SIGKILL"), stopTimeoutMs);
    nginx.once("exit", () => {
      clearTimeout(timer);
      done();
    });
    // SIGQUIT: a graceful stop, master and workers.
    nginx.kill("SIGQUIT");
  });
}
