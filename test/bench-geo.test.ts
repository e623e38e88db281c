// Issue 3's accuracy floor on the CIR dev sample (rows whose town is named in the text), read in place.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cirRows, score } from "../scripts/bench-geo.ts";

test("CIR sample: at least 85% of events resolve within 10 km", () => {
  const s = score(cirRows(true));
  assert.ok(s.n > 300, `rows: ${s.n}`);
  assert.ok(s.within10 / s.n >= 0.85, `within 10 km: ${(s.within10 / s.n).toFixed(3)}`);
});
