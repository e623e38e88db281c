// web: bundles the app with esbuild when the server starts (a few tens of milliseconds), so a fresh clone needs no
// build step and no bundle is committed.
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);

export async function buildWeb(): Promise<{ html: string; js: string; css: string }> {
  const r = await build({
    entryPoints: [join(import.meta.dirname, "app.ts")],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2020",
    minify: true,
    legalComments: "inline",
    logLevel: "silent",
  });
  const leafletCss = readFileSync(require.resolve("leaflet/dist/leaflet.css"), "utf8");
  return {
    html: readFileSync(join(import.meta.dirname, "index.html"), "utf8"),
    js: r.outputFiles[0].text,
    css: leafletCss + "\n" + readFileSync(join(import.meta.dirname, "app.css"), "utf8"),
  };
}
