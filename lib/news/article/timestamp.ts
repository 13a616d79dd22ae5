import { ArticleError } from "#news/article/article-error.ts";

// Publication times: a wire date line's parts, and ISO 8601 timestamps with a zone.

export function toIso(day: number, month: number, year: number, hour: number, minute: number, offset: string): string {
  const d = new Date(Date.UTC(year, month - 1, day, hour, minute));
  if (d.getUTCDate() !== day || d.getUTCMonth() !== month - 1 || hour > 23 || minute > 59) {
    throw new ArticleError("BAD_DATE", `date line ${day}/${month}/${year} ${hour}:${minute} is not a real date`);
  }
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00${offset === "+00:00" ? "Z" : offset}`;
}

export function checkOffset(offset: string): string {
  if (offset === "Z") return "+00:00";
  if (!/^[+-](?:0\d|1[0-4]):[0-5]\d$/.test(offset)) {
    throw new ArticleError("BAD_DATE", `wire offset ${offset} is not of the form +HH:MM`);
  }
  return offset;
}

/** Normalises an ISO 8601 timestamp with an explicit zone; rejects ones without. */
export function normalizeTimestamp(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.exec(value);
  // Date.parse accepts "2015-02-30" (rolling into March), so check the calendar day exists.
  const real = m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDate() === Number(m[3]);
  if (!m || !real || Number.isNaN(Date.parse(value))) {
    throw new ArticleError("BAD_DATE", `publishedAt "${value}" is not ISO 8601 with a zone (e.g. 2015-11-17T20:50:00Z)`);
  }
  return value;
}
