// The frontline command: ingest, export, control, geocode, demo.
import { Command, Option } from "commander";
import { createReadStream, createWriteStream, existsSync, mkdtempSync, statSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { isPostgres, openStore, type Store } from "../store/index.js";
import { defaultJobs } from "../parallel/pool.js";
import { reextract } from "./reextract.js";
import { ingestPaths } from "./ingest.js";
import { csv, geojson, jsonl } from "../export/index.js";
import { changes, controlAt, rollup } from "../fuse/control.js";
import { fuse } from "../fuse/fuse.js";
import { fromCsv, fromGeoJson } from "../fuse/baseline.js";
import { compare } from "../fuse/compare.js";
import { geocodeRecord } from "./geocode.js";
import { EVENT_TYPES } from "../types.js";
import { evalGold, goldInputs, reportSet, type SetResult } from "./eval.js";
import { createServer } from "../api/server.js";

const DEFAULT_DB = "frontline.db";

async function serve(store: Store, host: string, port: string, tiles?: string) {
  const p = Number(port);
  if (!Number.isInteger(p) || p < 0 || p > 65535) fail(`not a port: ${port}`);
  const app = await createServer({ store, tiles: tiles ?? null });
  const url = await app.listen({ host, port: p });
  process.stdout.write(`Frontline map: ${url.replace("[::1]", "localhost")}/  (Ctrl-C to stop)\n`);
  const stop = () =>
    void app
      .close()
      .then(() => store.close())
      .then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
const SAMPLES = join(import.meta.dirname, "..", "..", "data", "samples");

// a reader that stops early (`| head`) is no error
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

const program = new Command();
program
  .name("frontline")
  .description("War reporting in; a sourced, geocoded event ledger and a day-by-day control map out.")
  .version("0.1.0");
program.showHelpAfterError();

const fail = (msg: string): never => {
  process.stderr.write(`frontline: ${msg}\n`);
  process.exit(2);
};
const DB_HELP = "the ledger: a SQLite file, or postgres://user@host/db for a shared PostgreSQL";
const jobsOpt = () =>
  new Option("--jobs <n>", "analysis threads (default: every core)").argParser((v) => {
    const n = Number(v);
    return Number.isInteger(n) && n >= 1 && n <= 256 ? n : fail(`--jobs wants a whole number from 1 to 256: ${v}`);
  });
/** Opens an existing ledger (a missing SQLite file is an error: nothing was ingested into it). */
async function open(db: string, create = false): Promise<Store> {
  if (!create && !isPostgres(db) && !existsSync(db))
    fail(`no ledger at ${db} (run frontline ingest first, or pass --db)`);
  try {
    return await openStore(db);
  } catch (e) {
    return fail((e as Error).message);
  }
}
const checkDate = (v: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(v) &&
  !Number.isNaN(Date.parse(v)) &&
  new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v
    ? v
    : fail(`not a date (YYYY-MM-DD): ${v}`);

async function write(chunks: Iterable<string>, out?: string) {
  const stream = out ? createWriteStream(out) : process.stdout;
  for (const c of chunks) if (!stream.write(c)) await once(stream, "drain");
  if (out)
    await new Promise<void>((res, rej) =>
      (stream as ReturnType<typeof createWriteStream>).end((e?: Error) => (e ? rej(e) : res())),
    );
}

program
  .command("ingest")
  .description(
    "read articles (.txt, directories with meta.json, .jsonl, .html, RSS/Atom files or URLs) into the ledger",
  )
  .argument("<paths...>", "files, directories or feed URLs")
  .option("--db <path>", DB_HELP, DEFAULT_DB)
  .option("--no-progress", "no progress bar even on a terminal")
  .addOption(jobsOpt())
  .action(async (paths: string[], o: { db: string; progress: boolean; jobs?: number }) => {
    const store = await open(o.db, true);
    const sum = await ingestPaths(store, paths, {
      jobs: o.jobs ?? defaultJobs(),
      progress: o.progress && !!process.stderr.isTTY,
      onError: (m) => process.stderr.write(`frontline: error: ${m}\n`),
    });
    await store.close();
    process.stderr.write(
      `ingested ${sum.read} articles: ${sum.inserted} new, ${sum.unchanged} ` +
        `unchanged, ${sum.events} events, ${sum.failed} failed\n`,
    );
    process.exitCode = sum.failed ? 2 : 0;
  });

program
  .command("export")
  .description("write the event ledger as JSONL, GeoJSON or CSV")
  .addOption(new Option("--format <format>", "output format").choices(["jsonl", "geojson", "csv"]).default("jsonl"))
  .option("--db <path>", DB_HELP, DEFAULT_DB)
  .option("--out <file>", "write to a file instead of standard output")
  .addOption(new Option("--type <type>", "only events of this type").choices([...EVENT_TYPES]))
  .option("--reports", "one line per report (article) instead of one per fused event")
  .action(async (o: { format: string; db: string; out?: string; type?: string; reports?: boolean }) => {
    const store = await open(o.db);
    const reports = await store.events({ type: o.type });
    await store.close();
    const events = o.reports ? reports : fuse(reports);
    await write(o.format === "geojson" ? geojson(events) : o.format === "csv" ? csv(events) : jsonl(events), o.out);
  });

program
  .command("control")
  .description("who holds each place on a day, with the events behind it")
  .requiredOption("--at <date>", "the day, YYYY-MM-DD", checkDate)
  .addOption(new Option("--format <format>", "output format").choices(["json", "table"]).default("json"))
  .addOption(new Option("--by <unit>", "roll up: settlements per oblast and controller").choices(["oblast"]))
  .option("--db <path>", DB_HELP, DEFAULT_DB)
  .action(async (o: { at: string; format: string; db: string; by?: string }) => {
    const store = await open(o.db);
    const rows = controlAt(fuse(await store.events()), o.at, await store.baseline());
    await store.close();
    if (o.by === "oblast") process.stdout.write(JSON.stringify(rollup(rows), null, 1) + "\n");
    else if (o.format === "json") process.stdout.write(JSON.stringify(rows, null, 1) + "\n");
    else
      for (const r of rows)
        process.stdout.write(
          `${r.name.padEnd(22)} ${r.pcode}  ${r.controller.padEnd(9)} ` +
            `${(r.basis ?? "").padEnd(12)} since ${r.since ?? "-"}` +
            `${r.pending ? `  (${r.pending.length} pending)` : ""}\n`,
        );
  });

program
  .command("changes")
  .description("the places that changed hands between two days")
  .requiredOption("--from <date>", "first day, YYYY-MM-DD", checkDate)
  .requiredOption("--to <date>", "last day, YYYY-MM-DD", checkDate)
  .option("--db <path>", DB_HELP, DEFAULT_DB)
  .action(async (o: { from: string; to: string; db: string }) => {
    if (o.from > o.to) fail(`--from ${o.from} is after --to ${o.to}`);
    const store = await open(o.db);
    const rows = changes(fuse(await store.events()), o.from, o.to, await store.baseline());
    await store.close();
    process.stdout.write(JSON.stringify(rows, null, 1) + "\n");
  });

const baselineCmd = program.command("baseline").description("starting maps that news then updates");
baselineCmd
  .command("import")
  .description("import a DeepStateMap-style GeoJSON (.geojson, .geojson.gz) or a CSV of place and controller")
  .argument("<file>", "the map")
  .requiredOption("--as-of <date>", "the day the map shows, YYYY-MM-DD", checkDate)
  .option("--db <path>", DB_HELP, DEFAULT_DB)
  .action(async (file: string, o: { asOf: string; db: string }) => {
    if (!existsSync(file)) fail(`cannot read ${file}: no such file`);
    let rows;
    try {
      rows = /\.(geo)?json(\.gz)?$/i.test(file) ? fromGeoJson(file, o.asOf) : fromCsv(file, o.asOf);
    } catch (e) {
      fail((e as Error).message);
    }
    const store = await open(o.db, true);
    await store.importBaseline(rows!);
    await store.close();
    const by = rows!.reduce(
      (m, r) => ({ ...m, [r.controller]: (m[r.controller] ?? 0) + 1 }),
      {} as Record<string, number>,
    );
    process.stderr.write(
      `baseline ${o.asOf}: ${rows!.length} settlements (${Object.entries(by)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")})\n`,
    );
  });

program
  .command("compare")
  .description("agreement of the control map with an external per-settlement timeline (CSV: pcode, date, status)")
  .requiredOption("--control <file>", "the external timeline")
  .option("--db <path>", DB_HELP, DEFAULT_DB)
  .action(async (o: { control: string; db: string }) => {
    if (!existsSync(o.control)) fail(`cannot read ${o.control}: no such file`);
    const store = await open(o.db);
    const events = fuse(await store.events()),
      base = await store.baseline();
    await store.close();
    let r;
    try {
      r = compare(events, o.control, base);
    } catch (e) {
      fail((e as Error).message);
    }
    process.stdout.write(JSON.stringify(r, null, 1) + "\n");
  });

program
  .command("serve")
  .description("serve the map, the API and the evidence for a ledger")
  .option("--db <path>", DB_HELP, DEFAULT_DB)
  .option("--host <host>", "address to bind (loopback unless you choose otherwise)", "127.0.0.1")
  .option("--port <port>", "port (0 for any free one)", "8787")
  .option("--tiles <url>", "a tile URL template, e.g. https://tile.example.org/{z}/{x}/{y}.png (none by default)")
  .action(async (o: { db: string; host: string; port: string; tiles?: string }) => {
    await serve(await open(o.db), o.host, o.port, o.tiles);
  });

program
  .command("geocode")
  .description("place mentions of each JSONL record {id, text, published?}: one JSON line per record")
  .argument("<file>", "a JSONL file, or - for standard input")
  .action(async (file: string) => {
    if (file !== "-" && !existsSync(file)) fail(`cannot read ${file}: no such file`);
    // (a folder is not a JSONL file: say so, rather than throw from the stream)
    if (file !== "-" && statSync(file).isDirectory()) fail(`cannot read ${file}: a folder, not a JSONL file`);
    const rl = createInterface({ input: file === "-" ? process.stdin : createReadStream(file), crlfDelay: Infinity });
    let n = 0,
      bad = 0;
    for await (const line of rl) {
      n++;
      if (!line.trim()) continue;
      try {
        process.stdout.write(JSON.stringify(geocodeRecord(JSON.parse(line))) + "\n");
      } catch (e) {
        bad++;
        process.stderr.write(`frontline: error: ${file}:${n}: ${(e as Error).message}\n`);
      }
    }
    process.exitCode = bad ? 2 : 0;
  });

program
  .command("demo")
  .description("ingest the bundled sample articles (or --from DIR) into a fresh ledger and print events and control")
  .option("--from <dir>", "articles to use instead of the bundled samples", SAMPLES)
  .option("--db <path>", "ledger to write (default: a new temporary file)")
  .option("--at <date>", "day of the control map (default: the latest event day)")
  .option("--no-serve", "print and exit instead of serving the map")
  .option("--host <host>", "address to bind", "127.0.0.1")
  .option("--port <port>", "port (0 for any free one)", "8787")
  .action(async (o: { from: string; db?: string; at?: string; serve: boolean; host: string; port: string }) => {
    const db = o.db ?? join(mkdtempSync(join(tmpdir(), "frontline-demo-")), "demo.db");
    const store = await open(db, true);
    const sum = await ingestPaths(store, [o.from], {
      jobs: defaultJobs(),
      progress: !!process.stderr.isTTY,
      onError: (m) => process.stderr.write(`frontline: error: ${m}\n`),
    });
    const events = await store.events();
    const fused = fuse(events);
    await store.close();
    const out = process.stdout;
    out.write(`Frontline demo: ${sum.read} articles from ${o.from} -> ${db}\n\nEvents (${events.length}):\n`);
    for (const e of events) {
      out.write(
        `  ${(e.date ?? "undated").padEnd(10)} ${e.type.padEnd(14)} ` +
          `${(e.side ?? "?").padEnd(3)} ${(e.places[0]?.name ?? "?").padEnd(20)} ` +
          `${e.status.padEnd(11)} ${e.source ? `${e.source.name} (${e.source.side ?? "?"})` : (e.outlet ?? e.file)}\n`,
      );
      out.write(
        `             “${e.evidence.text.length > 150 ? e.evidence.text.slice(0, 147) + "…" : e.evidence.text}”\n`,
      );
    }
    const at =
      o.at ??
      events
        .map((e) => e.date)
        .filter((d): d is string => !!d && d.length === 10)
        .sort()
        .pop() ??
      new Date().toISOString().slice(0, 10);
    out.write(`\nControl on ${at}:\n`);
    for (const r of controlAt(fused, at))
      out.write(
        `  ${r.name.padEnd(22)} ${r.controller.padEnd(9)} ` +
          `${(r.basis ?? "").padEnd(12)} since ${r.since ?? "-"}` +
          `${r.pending ? `, ${r.pending.length} open claim(s)` : ""}\n`,
      );
    out.write(`\nExport it: npx frontline export --db ${db} --format geojson\n`);
    process.exitCode = sum.failed ? 2 : 0;
    if (o.serve) await serve(await open(db), o.host, o.port, undefined);
  });

program
  .command("reextract")
  .description(
    "run the current pipeline again over stored articles (after an upgrade), replacing what was read from each",
  )
  .option("--db <path>", DB_HELP, DEFAULT_DB)
  .option("--since <date>", "only articles published (or, undated, ingested) on or after this day", checkDate)
  .option("--no-progress", "no progress bar even on a terminal")
  .addOption(jobsOpt())
  .action(async (o: { db: string; since?: string; progress: boolean; jobs?: number }) => {
    const store = await open(o.db);
    const sum = await reextract(store, {
      since: o.since,
      jobs: o.jobs ?? defaultJobs(),
      progress: o.progress && !!process.stderr.isTTY,
      onError: (m) => process.stderr.write(`frontline: error: ${m}\n`),
    });
    await store.close();
    process.stderr.write(
      `reextracted ${sum.articles} articles: ${sum.before} events before, ${sum.after} after, ${sum.failed} failed\n`,
    );
    process.exitCode = sum.failed ? 2 : 0;
  });

const needsPostgres = (db: string) =>
  isPostgres(db) ? db : fail(`the queue lives in PostgreSQL: pass --db postgres://… (got ${db})`);
const leaseOpt = () =>
  new Option("--lease <seconds>", "how long a worker may hold a job before it is handed to another")
    .default(300)
    .argParser((v) => {
      const n = Number(v);
      return Number.isInteger(n) && n >= 1 ? n : fail(`--lease wants whole seconds: ${v}`);
    });

program
  .command("enqueue")
  .description(
    "queue articles for the workers of a shared PostgreSQL ledger (one job " +
      "per article; the article travels in the job)",
  )
  .argument("<paths...>", "files, directories or feed URLs")
  .requiredOption("--db <url>", "the shared ledger, postgres://…")
  .addOption(leaseOpt())
  .option(
    "--retries <n>",
    "tries after a failure or a lost worker",
    (v) => (/^\d+$/.test(v) ? Number(v) : fail(`--retries wants a whole number: ${v}`)),
    3,
  )
  .action(async (paths: string[], o: { db: string; lease: number; retries: number }) => {
    const { enqueue } = await import("../queue/index.js");
    let sum;
    try {
      sum = await enqueue(needsPostgres(o.db), paths, {
        lease: o.lease,
        retries: o.retries,
        onError: (m) => process.stderr.write(`frontline: error: ${m}\n`),
      });
    } catch (e) {
      fail((e as Error).message);
    }
    process.stderr.write(
      `queued ${sum!.queued} of ${sum!.read} articles (${sum!.inLedger} ` +
        `already in the ledger), ${sum!.failed} inputs failed\n`,
    );
    process.exitCode = sum!.failed ? 2 : 0;
  });

program
  .command("worker")
  .description(
    "take queued articles from a shared PostgreSQL ledger and store what " +
      "they report; run as many as you like, anywhere",
  )
  .requiredOption("--db <url>", "the shared ledger, postgres://…")
  .addOption(jobsOpt())
  .option("--drain", "exit when the queue is empty instead of waiting for more")
  .addOption(leaseOpt())
  .action(async (o: { db: string; jobs?: number; drain?: boolean; lease: number }) => {
    const { runWorker } = await import("../queue/index.js");
    const stop = new AbortController();
    // finish the jobs in hand, then stop; a second signal stops at once (the jobs come back when their lease ends)
    const onSignal = () => (stop.signal.aborted ? process.exit(130) : stop.abort());
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
    process.stderr.write(`frontline worker ${process.pid}: waiting for jobs\n`);
    let sum;
    try {
      sum = await runWorker(needsPostgres(o.db), {
        jobs: o.jobs ?? defaultJobs(),
        drain: o.drain,
        lease: o.lease,
        signal: stop.signal,
        log: (m) => process.stderr.write(`frontline: error: ${m}\n`),
        progress: (s) =>
          process.stderr.write(
            `worker ${process.pid}: ${s.jobs} jobs so far, ${s.inserted} new articles, ${s.failed} failed\n`,
          ),
      });
    } catch (e) {
      fail((e as Error).message);
    }
    process.stderr.write(
      `worker ${process.pid}: ${sum!.jobs} jobs, ${sum!.inserted} new ` +
        `articles, ${sum!.unchanged} already stored, ${sum!.failed} failed\n`,
    );
    process.exitCode = sum!.failed ? 2 : 0;
  });

program
  .command("queue")
  .description("the jobs of a shared PostgreSQL ledger's queue, by state")
  .requiredOption("--db <url>", "the shared ledger, postgres://…")
  .action(async (o: { db: string }) => {
    const { queueCounts } = await import("../queue/index.js");
    let counts;
    try {
      counts = await queueCounts(needsPostgres(o.db));
    } catch (e) {
      fail((e as Error).message);
    }
    process.stdout.write(JSON.stringify(counts) + "\n");
  });

program
  .command("eval")
  .description(
    "score the pipeline against gold files (../shared/gold/FORMAT.md): " +
      "per-type P/R/F1, status, dates, critical errors, by language and fold",
  )
  .requiredOption("--gold <files...>", "gold files")
  .option("--input <path...>", "the gold's articles (one gold file only; default: found beside the gold file by name)")
  .option("--lang <lang>", "the per-type table and misses of one language only: en, uk or ru")
  .option("--json", "print the scores as JSON")
  .option("--verbose", "list every miss and extra (never those of a held-out fold)")
  .action(async (o: { gold: string[]; input?: string[]; lang?: string; json?: boolean; verbose?: boolean }) => {
    for (const g of o.gold) if (!existsSync(g)) fail(`cannot read ${g}: no such file`);
    if (o.input && o.gold.length > 1) fail("--input goes with one --gold file");
    if (o.lang && !["en", "uk", "ru"].includes(o.lang)) fail(`--lang must be en, uk or ru, not ${o.lang}`);
    const results = [];
    for (const g of o.gold) {
      try {
        results.push(await evalGold(g, goldInputs(g, o.input)));
      } catch (e) {
        fail(`${g}: ${(e as Error).message}`);
      }
    }
    if (o.json) {
      const one = (r: SetResult) => ({
        set: r.set,
        ...r.all,
        parts: Object.fromEntries(r.parts.map((p) => [p.name, { articles: p.articles, ...p.result }])),
      });
      process.stdout.write(JSON.stringify(results.length === 1 ? one(results[0]) : results.map(one), null, 1) + "\n");
    } else
      process.stdout.write(results.map((r) => reportSet(r, { verbose: o.verbose, lang: o.lang })).join("\n\n") + "\n");
  });

await program.parseAsync(process.argv);
