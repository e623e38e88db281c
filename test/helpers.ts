import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyse } from "../src/pipeline.ts";

export const ROOT = join(import.meta.dirname, "..");
export const SHARED = join(ROOT, "..", "shared");
export const SEEDS = join(SHARED, "seeds");
export const IN = join(ROOT, "test", "in");
export const OUT = join(ROOT, "test", "out");

/** A new temporary directory, removed when the test file's process exits (CI runs should leave /tmp as it was). */
export function tmp(prefix = "frontline-test-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (!made.length) process.once("exit", () => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
  made.push(dir);
  return dir;
}
const made: string[] = [];

/** Runs the real CLI as a user would (node bin/frontline.js …). */
export function cli(args: string[], opts: { input?: string; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "frontline.js"), ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    maxBuffer: 1 << 28,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const readJsonl = (path: string) =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));

/** The seeds' publication days, as a caller would pass them. */
export const seedMeta = (): { file: string; published: string }[] =>
  JSON.parse(readFileSync(join(SEEDS, "meta.json"), "utf8")).articles;

/** The events of a text written for a test, as one article published on `published`. */
export const eventsOf = (text: string, published: string | null) =>
  analyse({
    input: "t",
    file: "t",
    url: null,
    title: null,
    outlet: null,
    published,
    translatedFrom: null,
    language: null,
    text,
  }).events;
