// Near-duplicate articles (syndicated copies, light rewrites) by MinHash over word 5-shingles. Home-made because
// the method is 30 lines and the npm MinHash packages are unmaintained; the estimate is the standard one
// (share of equal minima), checked against exact Jaccard in the tests.
import { createHash } from "node:crypto";

const K = 64; // hash functions: ±0.06 standard error on the Jaccard estimate
const SEEDS = Array.from({ length: K }, (_, i) =>
  createHash("sha256").update(`frontline-minhash-${i}`).digest().readUInt32LE(0),
);

function fnv1a(s: string, seed: number): number {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h >>> 0;
}

export function shingles(text: string, n = 5): Set<string> {
  const words = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(" "));
  if (!out.size && words.length) out.add(words.join(" "));
  return out;
}

// K hash functions from one: h_i(x) = (a_i * h(x) + b_i) mod p, the usual universal family (p = 2^31 - 1),
// so each shingle is hashed once rather than K times
const P = 2147483647;
const A = SEEDS.map((x) => (x % (P - 1)) + 1),
  B = SEEDS.map((x) => fnv1a(String(x), 7) % P);

// x mod (2^31 - 1) for 0 <= x < 2^53 without the slow floating-point `%`: 2^31 ≡ 1, so x ≡ high part + low part
const TWO31 = 2147483648;
const modP = (x: number) => {
  const q = Math.floor(x / TWO31);
  let y = x - q * TWO31 + q;
  while (y >= P) y -= P;
  return y;
};
// a's 16-bit halves, so that each product stays below 2^53 and exact in a double
const ALO = A.map((a) => a & 0xffff),
  AHI = A.map((a) => a >>> 16);

export function minhash(text: string): number[] {
  const sig = new Array<number>(K).fill(P);
  for (const sh of shingles(text)) {
    const h = fnv1a(sh, 0) % P;
    for (let i = 0; i < K; i++) {
      const v = modP(modP(ALO[i] * h) + modP(modP(AHI[i] * h) * 65536) + B[i]);
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

export function similarity(a: number[], b: number[]): number {
  let eq = 0;
  for (let i = 0; i < K; i++) if (a[i] === b[i]) eq++;
  return eq / K;
}

/** LSH bands: articles sharing any band are compared (16 bands of 4 rows catch Jaccard >= 0.5 with p > 0.98). */
export function bands(sig: number[]): string[] {
  const out: string[] = [];
  for (let b = 0; b < 16; b++) out.push(`${b}:${sig.slice(b * 4, b * 4 + 4).join(".")}`);
  return out;
}

export const DUPLICATE = 0.5;
