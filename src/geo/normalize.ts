// Folding used on both sides of the matcher: case, diacritics, apostrophes and hyphens.
const ASCII = /^[\x00-\x7f]*$/;
export function fold(s: string): string {
  // (most tokens are plain ASCII: no marks to strip, nothing to compose; the rest of the steps as below)
  if (ASCII.test(s)) return s.toLowerCase().replace(/['`]/g, "").replace(/-/g, " ").replace(/\s+/g, " ").trim();
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, (m) => (m === "\u0306" ? m : "")) // keep the breve of Cyrillic й (и + U+0306)
    .normalize("NFC")
    .toLowerCase()
    .replace(/['’ʼ`‘]/g, "")
    .replace(/[-‐–]/g, " ")
    .replace(/ё/g, "е")
    .replace(/\s+/g, " ")
    .trim();
}

export function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * r) / 2) ** 2 +
    Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
