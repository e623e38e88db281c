// Turns bytes into text or says clearly why it cannot.
export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly reason: string,
  ) {
    super(`${input}: ${reason}`);
  }
}

export function decodeText(input: string, buf: Uint8Array): string {
  if (buf.length === 0) throw new InputError(input, "empty file");
  const probe = buf.subarray(0, 8192);
  let control = 0;
  for (const b of probe) {
    if (b === 0) throw new InputError(input, "binary file (contains NUL bytes)");
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > probe.length * 0.1) throw new InputError(input, "binary file (mostly control bytes)");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    // where it fails: the lenient decoder's first replacement character, counted back in bytes (one pass, where
    // decoding ever longer prefixes was quadratic in the file's size)
    const lossy = new TextDecoder("utf-8").decode(buf);
    const i = new TextEncoder().encode(lossy.slice(0, Math.max(0, lossy.indexOf("\uFFFD")))).length;
    throw new InputError(input, `not valid UTF-8 (first bad byte near offset ${i})`);
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!text.trim()) throw new InputError(input, "empty file (only white space)");
  return text;
}

/** Publication dates arrive as YYYY-MM-DD, ISO timestamps or RFC 822 (feeds); keep the calendar day. */
export function normaliseDate(v: string | null | undefined): string | null {
  if (v == null || v === "") return null;
  const s = String(v).trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) {
    const d = new Date(`${s}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s) return s;
    return null;
  }
  const iso = /^(\d{4}-\d{2}-\d{2})T/.exec(s);
  if (iso) return normaliseDate(iso[1]);
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}
