// The source itself: a control character in a regex literal (a "\b" a script wrote as a backspace) silently makes a
// pattern match nothing, and no other test need notice. Every source file holds printable text, tabs and newlines.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..");
function* files(dir: string): Generator<string> {
  for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (/\.(?:ts|mjs|js|json|css|html)$/.test(e.name)) yield p;
  }
}

test("no control characters in the source", () => {
  const bad: string[] = [];
  for (const dir of ["src", "test", "scripts"])
    for (const f of files(dir)) {
      const lines = readFileSync(join(ROOT, f), "utf8").split("\n");
      lines.forEach((l, i) => {
        // eslint-disable-next-line no-control-regex
        if (/[\x00-\x08\x0b-\x1f\x7f]/.test(l)) bad.push(`${f}:${i + 1}`);
      });
    }
  assert.deepEqual(bad, []);
});
