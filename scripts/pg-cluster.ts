// A private PostgreSQL + PostGIS server for the tests and the benchmark: a fresh data directory, loopback only,
// a free port, removed on stop. Debian's binaries (scripts/ensure-postgres.mjs installs them). PostgreSQL refuses
// to run as root, so as root the server runs as the `postgres` user that Debian's package creates.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

const ROOT = "/usr/lib/postgresql";

function bin(name: string): string {
  const v = existsSync(ROOT)
    ? readdirSync(ROOT)
        .filter((d) => existsSync(join(ROOT, d, "bin", name)))
        .sort((a, b) => Number(b) - Number(a))[0]
    : undefined;
  if (!v) throw new Error(`PostgreSQL's ${name} is not installed (run: node scripts/ensure-postgres.mjs)`);
  return join(ROOT, v, "bin", name);
}

const freePort = () =>
  new Promise<number>((res, rej) => {
    const s = createServer();
    s.once("error", rej);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });

export interface Cluster {
  url: (db?: string) => string;
  createDb: (name: string) => Promise<string>;
  stop: () => void;
  log: string;
}

/** Starts a server; `tuned` leaves durability settings at their defaults but for synchronous_commit (see bench). */
export async function startCluster(opts: { durable?: boolean } = {}): Promise<Cluster> {
  const dir = mkdtempSync(join(tmpdir(), "frontline-pg-"));
  const asRoot = process.getuid?.() === 0;
  chmodSync(dir, 0o777);
  const run = (cmd: string, args: string[]) =>
    execFileSync(asRoot ? "runuser" : cmd, asRoot ? ["-u", "postgres", "--", cmd, ...args] : args, {
      stdio: ["ignore", "pipe", "pipe"],
      cwd: dir,
    });
  const data = join(dir, "data"),
    log = join(dir, "server.log");
  run(bin("initdb"), ["-D", data, "-A", "trust", "-U", "frontline", "--locale=C", "-E", "UTF8"]);
  const port = await freePort();
  // test servers skip fsync: a crash of the machine would lose them anyway; the bench keeps fsync on
  const settings = [
    "-c listen_addresses=127.0.0.1",
    `-p ${port}`,
    `-k ${dir}`,
    "-c max_connections=100",
    "-c synchronous_commit=off",
    ...(opts.durable ? [] : ["-c fsync=off", "-c full_page_writes=off"]),
  ];
  run(bin("pg_ctl"), ["-D", data, "-l", log, "-o", settings.join(" "), "-w", "-t", "60", "start"]);
  const url = (db = "postgres") => `postgres://frontline@127.0.0.1:${port}/${db}`;
  return {
    url,
    log,
    async createDb(name: string) {
      const c = new pg.Client({ connectionString: url() });
      await c.connect();
      try {
        await c.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
      } finally {
        await c.end();
      }
      return url(name);
    },
    stop() {
      try {
        run(bin("pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
      } catch {
        /* already down */
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
