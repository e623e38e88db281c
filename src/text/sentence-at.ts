// The sentence a position falls in, by binary search over the sentences in text order: looking it up for each
// mention by scanning all sentences grew with the square of a page's length.

interface Span {
  start: number;
  end: number;
}

/** Index of the sentence with start ≤ pos < end, or -1 (between sentences, or past the last). */
export function sentenceAt(sentences: readonly Span[], pos: number): number {
  let lo = 0,
    hi = sentences.length - 1,
    found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && pos < sentences[found].end ? found : -1;
}

/** Index of the first of `xs` (spans in text order: tokens, places, dates) that starts at `at` or after. */
export function firstFrom<T extends { start: number }>(xs: readonly T[], at: number): number {
  let lo = 0,
    hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
