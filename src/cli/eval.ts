// `frontline eval --gold FILE`: runs the pipeline on a gold file's articles, in a temporary ledger, and scores it,
// whole and by part: by language, and (for dev-news2) the articles read while developing against the held-out fold.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { openSqlite } from "../store/index.js";
import { fusedJson } from "../export/index.js";
import { fuse } from "../fuse/fuse.js";
import { controlAt } from "../fuse/control.js";
import { readInputs } from "../ingest/index.js";
import { ingestPaths } from "./ingest.js";
import { evaluate, report, type EvalResult, type GoldFile } from "./score.js";
import { heldOut, languageOf } from "./folds.js";

/**
 * Where a gold file's inputs are: given, or beside it by name (seeds.gold.json -> ../seeds/,
 * dev-news.gold.json -> dev-news.jsonl).
 */
export function goldInputs(goldPath: string, given: string[] = []): string[] {
  if (given.length) return given;
  const dir = dirname(goldPath),
    stem = setName(goldPath);
  const found = [join(dir, `${stem}.jsonl`), join(dir, "..", stem), join(dir, stem)].filter((p) => existsSync(p));
  if (!found.length) throw new Error(`no inputs found for ${goldPath}: pass --input PATH`);
  return found.slice(0, 1);
}

export const setName = (goldPath: string) => basename(goldPath).replace(/\.gold\.json$|\.json$/, "");

/** A part of a gold set: which articles, and whether its misses may be shown. */
export interface Part {
  name: string;
  files: Set<string>;
  held: boolean;
}
export interface PartResult {
  name: string;
  held: boolean;
  articles: number;
  result: EvalResult;
}

/** The parts every set is reported in: all English, the English read while developing, the held-out fold, uk, ru. */
export function partsOf(set: string, langs: Map<string, string>): Part[] {
  const articles = [...langs].map(([file, lang]) => ({ file, lang }));
  const held = heldOut(set, articles);
  const of = (name: string, keep: (a: { file: string; lang: string }) => boolean, isHeld = false): Part => ({
    name,
    files: new Set(articles.filter(keep).map((a) => a.file)),
    held: isHeld,
  });
  const parts = [of("en", (a) => a.lang === "en")];
  if (held.size)
    parts.push(
      of("en-read", (a) => a.lang === "en" && !held.has(a.file)),
      of("en-held-out", (a) => held.has(a.file), true),
    );
  for (const lang of ["uk", "ru"])
    if (articles.some((a) => a.lang === lang)) parts.push(of(lang, (a) => a.lang === lang));
  return parts.filter((p) => p.files.size);
}

export interface SetResult {
  set: string;
  all: EvalResult;
  parts: PartResult[];
}

export async function evalGold(goldPath: string, inputs: string[]): Promise<SetResult> {
  const gold = JSON.parse(readFileSync(goldPath, "utf8")) as GoldFile;
  const dir = mkdtempSync(join(tmpdir(), "frontline-eval-"));
  const store = await openSqlite(join(dir, "eval.db"));
  try {
    const sum = await ingestPaths(store, inputs);
    if (sum.failed) throw new Error(`inputs failed: ${sum.failures.join("; ")}`);
    const langs = new Map<string, string>();
    for await (const r of readInputs(inputs)) if ("article" in r) langs.set(r.article.file, languageOf(r.article.text));
    const events = fuse(await store.events());
    const preds = events.map(fusedJson);
    const set = setName(goldPath);
    const all = evaluate(gold, preds, (day) => controlAt(events, day));
    const split = partsOf(set, new Map(gold.articles.map((a) => [a.file, langs.get(a.file) ?? "en"])));
    // the held-out fold is scored, never read: no line of any report names what it missed or added
    const held = new Set(split.filter((p) => p.held).flatMap((p) => [...p.files]));
    const shown = (line: string) => !held.has(line.slice(0, line.indexOf(":")));
    const hide = (r: EvalResult) => {
      r.misses = r.misses.filter(shown);
      r.extras = r.extras.filter(shown);
      r.wrong = r.wrong.filter(shown);
      r.critical = r.critical.map((c) => (shown(c) ? c : "(held out)"));
      return r;
    };
    const parts = split.map((p) => {
      const sub: GoldFile = { articles: gold.articles.filter((a) => p.files.has(a.file)) };
      return { name: p.name, held: p.held, articles: sub.articles.length, result: hide(evaluate(sub, preds)) };
    });
    hide(all);
    return { set, all, parts };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One line of figures: the summary line `report` ends with. */
const summary = (r: EvalResult) =>
  report({ ...r, types: {}, misses: [], extras: [], wrong: [] })
    .split("\n")
    .pop()!;

/**
 * A set's report: the per-type table with misses (of one language when asked; never of the held-out fold), then
 * one summary line for the whole set and one for each part.
 */
export function reportSet(r: SetResult, opts: { verbose?: boolean; lang?: string } = {}): string {
  const part = opts.lang ? r.parts.find((p) => p.name === opts.lang) : null;
  const table = part ? part.result : r.all;
  const lines = [`== ${r.set}${part ? ` (${part.name})` : ""}`, report(table, opts.verbose)];
  lines.push(`  ${"all".padEnd(12)} ${summary(r.all)}`);
  for (const p of r.parts) lines.push(`  ${p.name.padEnd(12)} ${summary(p.result)} articles=${p.articles}`);
  return lines.join("\n");
}
