// Folding used on both sides of the matcher: case, diacritics, apostrophes and hyphens.
export function fold(s: string): string {
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
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 +
    Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
