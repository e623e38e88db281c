// The code's own standards, checked: lines a reader can take in (120 characters at most), and prettier's layout
// (`npm run format` rewrites it) so that a diff shows changes of meaning, not of spacing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const root = new URL("..", import.meta.url).pathname;
const files = execFileSync("git", ["ls-files", "src", "test", "scripts", "bin"], { cwd: root, encoding: "utf8" })
  .split("\n")
  .filter((f) => /\.(ts|js|mjs)$/.test(f));

test("no line of code, test or script is longer than 120 characters", () => {
  assert.ok(files.length > 50, `${files.length} files`);
  const long: string[] = [];
  for (const f of files)
    readFileSync(root + f, "utf8")
      .split("\n")
      .forEach((line, i) => {
        if ([...line].length > 120) long.push(`${f}:${i + 1} (${[...line].length} characters)`);
      });
  assert.deepEqual(long, []);
});

test("the code is laid out as prettier lays it out (npm run format)", () => {
  const patterns = ["src/**/*.{ts,js,mjs}", "test/**/*.ts", "scripts/**/*.{ts,mjs}", "bin/*.js"];
  const bin = root + "node_modules/.bin/prettier";
  // (prettier --check exits non-zero and names the files it would change)
  try {
    execFileSync(bin, ["--check", ...patterns], { cwd: root, encoding: "utf8", stdio: "pipe" });
  } catch (e) {
    assert.fail(String((e as { stdout?: string }).stdout ?? e));
  }
});
