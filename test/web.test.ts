// The web app in a real Chromium (Debian's, driven by playwright-core): the demo loads; the slider turns Izium
// from RU to UA; a click on Izium shows the evidence sentence with its outlet and speaker; search finds "Izyum";
// an article carrying <script> and <img onerror> renders inert. Screenshots go to test/artifacts/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { openSqlite } from "../src/store/index.ts";
import { ingestPaths } from "../src/cli/ingest.ts";
import { createServer } from "../src/api/server.ts";
import { ROOT, SEEDS, tmp } from "./helpers.ts";

const ART = join(ROOT, "test", "artifacts");
let browser: Browser,
  page: Page,
  base = "",
  close: () => Promise<void>;

before(async () => {
  mkdirSync(ART, { recursive: true });
  const dir = tmp();
  const db = join(dir, "web.db");
  // the seeds, and an article written for this test whose text carries markup that must stay inert
  writeFileSync(
    join(dir, "hostile.jsonl"),
    JSON.stringify({
      id: "hostile-1",
      published: "2022-09-20",
      text:
        "Ukrainian troops entered Kupiansk on Monday <script>window.__pwned = 1</script> " +
        '<img src=x onerror="window.__pwned = 2">, the governor said.',
    }) + "\n",
  );
  const store = await openSqlite(db);
  await ingestPaths(store, [SEEDS, join(dir, "hostile.jsonl")]);
  const app = await createServer({ store });
  base = (await app.listen({ host: "127.0.0.1", port: 0 })).replace("[::1]", "localhost");
  close = async () => {
    await app.close();
    await store.close();
  };
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
});
after(async () => {
  await browser?.close();
  await close?.();
});

const controllerOf = (pcode: string) => page.locator(`path[data-pcode="${pcode}"]`).getAttribute("data-controller");
async function goto(day: string) {
  await page.goto(`${base}/#day=${day}`);
  await page.waitForFunction(
    (d) =>
      document.getElementById("date")?.textContent === d &&
      !/Loading/.test(document.getElementById("status-line")!.textContent ?? ""),
    day,
  );
}

test("the app loads with its map, slider and events", async () => {
  await goto("2022-09-12");
  assert.equal(await page.title(), "Frontline — control map");
  assert.ok((await page.locator(".oblast").count()) >= 25, "oblast outlines drawn");
  assert.ok((await page.locator("#events tbody tr").count()) > 5);
  assert.ok((await page.locator(".event-marker.event-control_change").count()) >= 1, "event markers by type");
  await page.screenshot({ path: join(ART, "01-map-2022-09-12.png") });
});

test("moving the slider from 2022-09-08 to 2022-09-12 turns Izium from RU to UA", async () => {
  await goto("2022-09-08");
  assert.equal(await controllerOf("UA6304009001"), "RU");
  await page.screenshot({ path: join(ART, "02-izium-2022-09-08.png") });
  const i = await page.evaluate(() => {
    const s = document.getElementById("slider") as HTMLInputElement;
    return +s.value;
  });
  await page.evaluate((v) => {
    const s = document.getElementById("slider") as HTMLInputElement;
    s.value = String(v);
    s.dispatchEvent(new Event("input"));
  }, i + 4);
  await page.waitForFunction(() => document.getElementById("date")?.textContent === "2022-09-12");
  await page.waitForFunction(
    () => document.querySelector('path[data-pcode="UA6304009001"]')?.getAttribute("data-controller") === "UA",
  );
  assert.equal(await controllerOf("UA6304009001"), "UA");
  await page.screenshot({ path: join(ART, "03-izium-2022-09-12.png") });
});

test("clicking Izium shows the evidence sentence, its outlet and speaker", async () => {
  await goto("2022-09-12");
  await page.locator('path[data-pcode="UA6304009001"]').click({ force: true });
  await page.waitForSelector("#evidence mark");
  const marked = await page.locator("#evidence mark").first().textContent();
  assert.match(marked ?? "", /Izium|Izioum|Izyum/);
  const meta = await page.locator("#evidence .source").allTextContents();
  assert.ok(
    meta.some((m) => /002_8a9a51f6febcf028\.txt|003_|004_/.test(m)),
    meta.join(" | "),
  );
  assert.ok(
    meta.some((m) => /\((UA|RU|other|media)\)/.test(m)),
    `a speaker with a side: ${meta.join(" | ")}`,
  );
  await page.screenshot({ path: join(ART, "04-izium-evidence.png") });
});

test("search finds Izyum", async () => {
  await goto("2022-09-12");
  await page.fill("#q", "Izyum");
  await page.waitForSelector("#results .result");
  assert.match((await page.locator("#results .result").first().textContent()) ?? "", /^Izium, Kharkiv oblast/);
  await page.screenshot({ path: join(ART, "05-search-izyum.png") });
});

test("article text with <script> and <img onerror> renders inert", async () => {
  await goto("2022-09-20");
  await page.locator('path[data-pcode="UA6308009001"]').click({ force: true });
  await page.waitForSelector("#evidence .article");
  const rows = page.locator("#place .event-link");
  for (let i = 0; i < (await rows.count()); i++) {
    await rows.nth(i).click();
    await page.waitForSelector("#evidence .article");
    if (/<script>/.test((await page.locator("#evidence").textContent()) ?? "")) break;
  }
  const text = (await page.locator("#evidence").textContent()) ?? "";
  assert.match(text, /<script>window\.__pwned = 1<\/script>/);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  assert.equal(await page.locator("#evidence script, #evidence img").count(), 0);
  await page.screenshot({ path: join(ART, "06-inert-markup.png") });
});
