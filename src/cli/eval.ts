// `frontline eval --gold FILE`: runs the pipeline on a gold file's articles, in a temporary ledger, and scores it.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { openSqlite } from "../store/index.js";
import { fusedJson } from "../export/index.js";
import { fuse } from "../fuse/fuse.js";
import { controlAt } from "../fuse/control.js";
import { ingestPaths } from "./ingest.js";
import { evaluate, type EvalResult, type GoldFile } from "./score.js";

/** Where a gold file's inputs are: given, or beside it by name (seeds.gold.json -> ../seeds/, dev-news.gold.json -> dev-news.jsonl). */
export function goldInputs(goldPath: string, given: string[] = []): string[] {
  if (given.length) return given;
  const dir = dirname(goldPath), stem = basename(goldPath).replace(/\.gold\.json$|\.json$/, "");
  const found = [join(dir, `${stem}.jsonl`), join(dir, "..", stem), join(dir, stem)].filter((p) => existsSync(p));
  if (!found.length) throw new Error(`no inputs found for ${goldPath}: pass --input PATH`);
  return found.slice(0, 1);
}

export async function evalGold(goldPath: string, inputs: string[]): Promise<EvalResult> {
  const gold = JSON.parse(readFileSync(goldPath, "utf8")) as GoldFile;
  const dir = mkdtempSync(join(tmpdir(), "frontline-eval-"));
  const store = await openSqlite(join(dir, "eval.db"));
  try {
    const sum = await ingestPaths(store, inputs);
    if (sum.failed) throw new Error(`inputs failed: ${sum.failures.join("; ")}`);
    const events = fuse(await store.events());
    return evaluate(gold, events.map(fusedJson), (day) => controlAt(events, day));
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
