// Every API parameter is validated here (zod): a bad one gets a 400 naming it.
import { z } from "zod";
import { EVENT_TYPES, STATUSES } from "../types.js";

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date YYYY-MM-DD")
  .refine(
    (d) => !Number.isNaN(Date.parse(d)) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d,
    "a real date",
  );
const pcode = z.string().regex(/^UA\d{2,10}$/, "a P-code such as UA6304009001");

export const EventsQuery = z
  .object({
    type: z.enum(EVENT_TYPES).optional(),
    side: z.enum(["UA", "RU", "other"]).optional(),
    status: z.enum(STATUSES).optional(),
    pcode: pcode.optional(),
    oblast: z
      .string()
      .regex(/^UA\d{2}$/, "an oblast P-code such as UA63")
      .optional(),
    from: day.optional(),
    to: day.optional(),
    bbox: z
      .string()
      .regex(/^-?\d+(\.\d+)?(,-?\d+(\.\d+)?){3}$/, "minLon,minLat,maxLon,maxLat")
      .optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

export const AtQuery = z.object({ at: day }).strict();
export const ChangesQuery = z
  .object({ from: day, to: day })
  .strict()
  .refine((q) => q.from <= q.to, "from must not be after to");
export const PlacesQuery = z
  .object({
    q: z.string().trim().min(2, "at least 2 characters").max(80),
    limit: z.coerce.number().int().min(1).max(50).default(10),
  })
  .strict();
export const ArticlesQuery = z
  .object({
    q: z.string().trim().min(2, "at least 2 characters").max(200),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();
export const Id = z.object({ id: z.string().regex(/^[0-9a-f]{16,64}$/, "an id") });
export const Pcode = z.object({ pcode });
export const ExportFormat = z.object({ format: z.enum(["jsonl", "geojson", "csv"]) });
export const Empty = z.object({}).strict();
