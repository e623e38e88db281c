// Ingest across machines: jobs on the shared PostgreSQL, through pg-boss (a well-kept queue that needs nothing but
// the database the ledger is already in). One job per article carries the article itself, so a worker on another
// machine needs no access to the files.
//
// Why nothing is lost or doubled when a worker dies: a fetched job is leased (pg-boss "active") for `lease`
// seconds; a worker that dies never completes it, so it expires and is retried (up to `retries` times) by the
// next worker. Saving is idempotent (the article id is the hash of its text, and one transaction writes the
// article and all it holds), so a job run twice stores one article.
import PgBoss from "pg-boss";
import { z } from "zod";
import { articleId, readInputs } from "../ingest/index.js";
import { openStore, type Store } from "../store/index.js";
import { redact } from "../store/postgres.js";
import type { RawArticle } from "../types.js";
import { createPool } from "../parallel/pool.js";

export const QUEUE = "frontline-ingest";

// a job is untrusted input like any file: anything may put rows in the queue table
const JobArticle = z.object({
  input: z.string(),
  file: z.string(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  translatedFrom: z.string().nullable(),
  language: z.string().nullable(),
  text: z.string().min(1),
});
const asArticle = (data: unknown): RawArticle => {
  const r = JobArticle.safeParse(data);
  if (!r.success)
    throw new Error(`not an article: ${r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return r.data;
};

export interface QueueOptions {
  /** seconds a worker may hold a job before it counts as lost and is handed to another worker */
  lease?: number;
  /** how many times a failing or lost job is tried again */
  retries?: number;
}

/** The job id is the article's: enqueueing one article twice makes one job. */
const jobId = (articleIdHex: string) => {
  const h = articleIdHex.padEnd(32, "0");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
};

async function startBoss(url: string, opts: QueueOptions = {}): Promise<PgBoss> {
  // supervise: pg-boss's own maintenance (expiring lost jobs, archiving) runs in every worker
  const boss = new PgBoss({
    connectionString: url,
    max: 2,
    application_name: "frontline-queue",
    schedule: false,
    maintenanceIntervalSeconds: 30,
  });
  boss.on("error", (e) => process.stderr.write(`frontline: queue: ${e.message}\n`));
  try {
    await boss.start();
  } catch (e) {
    throw new Error(`cannot start the queue on ${redact(url)}: ${(e as Error).message}`);
  }
  await boss.createQueue(QUEUE, {
    name: QUEUE,
    policy: "standard",
    retryLimit: opts.retries ?? 3,
    retryDelay: 1,
    expireInSeconds: opts.lease ?? 300,
  });
  return boss;
}

export interface EnqueueSummary {
  read: number;
  queued: number;
  inLedger: number;
  failed: number;
  failures: string[];
}

/** Reads inputs and queues one job per article not yet in the ledger. */
export async function enqueue(
  url: string,
  paths: string[],
  opts: QueueOptions & { onError?: (m: string) => void } = {},
): Promise<EnqueueSummary> {
  const store = await openStore(url);
  const boss = await startBoss(url, opts);
  const sum: EnqueueSummary = { read: 0, queued: 0, inLedger: 0, failed: 0, failures: [] };
  let batch: PgBoss.JobInsert[] = [];
  const flush = async () => {
    if (!batch.length) return;
    await boss.insert(batch);
    batch = [];
  };
  try {
    for await (const r of readInputs(paths)) {
      if ("error" in r) {
        sum.failed++;
        sum.failures.push(`${r.error.input}: ${r.error.reason}`);
        opts.onError?.(`${r.error.input}: ${r.error.reason}`);
        continue;
      }
      sum.read++;
      const id = articleId(r.article.text);
      if (await store.hasArticle(id)) {
        sum.inLedger++;
        continue;
      }
      batch.push({
        id: jobId(id),
        name: QUEUE,
        data: r.article,
        retryLimit: opts.retries ?? 3,
        expireInSeconds: opts.lease ?? 300,
      });
      sum.queued++;
      if (batch.length >= 500) await flush();
    }
    await flush();
  } finally {
    await boss.stop({ graceful: false, wait: true });
    await store.close();
  }
  return sum;
}

export interface WorkerSummary {
  jobs: number;
  inserted: number;
  unchanged: number;
  failed: number;
}

/**
 * Takes jobs until stopped (or, with `drain`, until the queue is empty and no other worker holds a job).
 * Each job is completed only after its article is committed.
 */
export async function runWorker(
  url: string,
  opts: QueueOptions & {
    jobs?: number;
    batch?: number;
    drain?: boolean;
    log?: (m: string) => void;
    signal?: AbortSignal;
    /** called every `every` ms with the running totals */
    progress?: (s: WorkerSummary) => void;
    every?: number;
  } = {},
): Promise<WorkerSummary> {
  const store: Store = await openStore(url);
  const boss = await startBoss(url, opts);
  const pool = createPool(store, opts.jobs ?? 1);
  const sum: WorkerSummary = { jobs: 0, inserted: 0, unchanged: 0, failed: 0 };
  const log = opts.log ?? (() => undefined);
  const batchSize = opts.batch ?? Math.max(4, pool.threads * 8);
  const ticker = opts.progress ? setInterval(() => opts.progress!(sum), opts.every ?? 10_000) : null;
  try {
    while (!opts.signal?.aborted) {
      const jobs = await boss.fetch<unknown>(QUEUE, { batchSize });
      if (!jobs.length) {
        // queued or held elsewhere: a job held by a dead worker comes back when its lease runs out
        if (opts.drain && (await boss.getQueueSize(QUEUE, { before: "completed" })) === 0) break;
        await boss.expire();
        await new Promise((res) => setTimeout(res, 250));
        continue;
      }
      await Promise.all(
        jobs.map(async (job) => {
          try {
            const r = await pool.run({ op: "ingest", raw: asArticle(job.data) });
            if (r.status === "inserted") sum.inserted++;
            else sum.unchanged++;
            await boss.complete(QUEUE, job.id);
          } catch (e) {
            sum.failed++;
            log(`job ${job.id}: ${(e as Error).message}`);
            await boss.fail(QUEUE, job.id, { message: (e as Error).message });
          }
          sum.jobs++;
        }),
      );
    }
  } finally {
    if (ticker) clearInterval(ticker);
    await pool.close();
    await boss.stop({ graceful: false, wait: true });
    await store.close();
  }
  return sum;
}

/** Jobs by state (created, retry, active, completed, failed…), for `frontline queue`. */
export async function queueCounts(url: string): Promise<Record<string, number>> {
  const boss = await startBoss(url);
  try {
    // pg-boss keeps its jobs in its own schema; its API counts only the states before one, so read the table
    const { rows } = await boss
      .getDb()
      .executeSql("SELECT state, count(*)::int AS n FROM pgboss.job WHERE name = $1 GROUP BY state ORDER BY state", [
        QUEUE,
      ]);
    return Object.fromEntries(rows.map((r: { state: string; n: number }) => [r.state, r.n]));
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
