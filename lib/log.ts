/**
 * Structured JSON logs, one line per event, for CloudWatch Logs Insights.
 *
 * A small logger instead of `@aws-lambda-powertools/logger` 2.36: that one bundles to 22.7 KB minified (measured with
 * esbuild) for features nutgraf does not use (sampling, Lambda context injection, metrics); this file is under 2 KB.
 * What matters here is that no secret and no article body ever reaches a log line: keys that name secrets are
 * redacted and long strings are cut, so a careless `log.info("…", { article })` cannot leak a story.
 */

export type LogLevel = "debug" | "info" | "warn" | "error";

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger whose every line also carries `fields` (e.g. the request's correlation id). */
  child(fields: LogFields): Logger;
}

export type LogSink = (line: string) => void;

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const SECRET_KEY = /token|secret|password|authorization|signature|cookie/i;
// Longer than any headline or bullet id, shorter than a paragraph: logs name articles, they never quote them.
const MAX_STRING = 200;
const MAX_DEPTH = 4;

// Slack tokens (bot, user, app, refresh) have a recognisable shape: masked wherever they appear in text, because
// messages from libraries (Bolt's own log lines, error messages) are free text the key-based redaction never sees.
const SLACK_TOKEN = /\bxox[abeoprs]-[A-Za-z0-9-]+|\bxapp-[A-Za-z0-9-]+/g;

function maskTokens(text: string): string {
  return text.replace(SLACK_TOKEN, "[redacted]");
}

function scrub(value: unknown, depth: number): unknown {
  if (typeof value === "string") {
    const masked = maskTokens(value);
    return masked.length > MAX_STRING ? `${masked.slice(0, MAX_STRING)}…(${masked.length} chars)` : masked;
  }
  if (value instanceof Error) {
    const out: LogFields = { name: value.name, message: scrub(value.message, depth + 1) };
    const code = (value as { code?: unknown }).code;
    if (code !== undefined) out.code = code;
    if (value.cause !== undefined && depth < MAX_DEPTH) out.cause = scrub(value.cause, depth + 1);
    return out;
  }
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) return "[…]";
  if (Array.isArray(value)) return value.slice(0, 20).map((v) => scrub(v, depth + 1));
  const out: LogFields = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === "paragraphs" || key === "text" && typeof v === "string" && v.length > MAX_STRING) continue;
    out[key] = SECRET_KEY.test(key) ? "[redacted]" : scrub(v, depth + 1);
  }
  return out;
}

export interface LoggerOptions {
  level?: LogLevel;
  /** Where lines go; stdout by default (Lambda ships it to CloudWatch). Tests pass an array's push. */
  sink?: LogSink;
  fields?: LogFields;
}

/**
 * A log record as one JSON line. Fields JSON cannot carry (a BigInt, a getter that throws) are named as unloggable
 * and the line still goes out with its message and the logger's own fields (the correlation id): caught with the
 * write, one such field lost the whole line, an error report included, with no trace.
 */
function recordLine(head: LogFields, base: LogFields, fields: LogFields | undefined): string {
  try {
    return JSON.stringify({ ...head, ...(scrub({ ...base, ...fields }, 0) as LogFields) });
  } catch (error) {
    const unloggable = `fields not written: ${error instanceof Error ? error.message : String(error)}`;
    try {
      return JSON.stringify({ ...head, ...(scrub(base, 0) as LogFields), unloggable });
    } catch {
      return JSON.stringify({ ...head, unloggable });
    }
  }
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const envLevel = process.env.NUTGRAF_LOG_LEVEL as LogLevel | undefined;
  const level = options.level ?? (envLevel && envLevel in ORDER ? envLevel : "info");
  const sink = options.sink ?? ((line: string) => process.stdout.write(`${line}\n`));
  const base = options.fields ?? {};
  const write = (lvl: LogLevel, message: string, fields?: LogFields) => {
    if (ORDER[lvl] < ORDER[level]) return;
    // A line that cannot be made or written is lost, never the caller's work: a throwing write (a closed stdout,
    // EPIPE) went up through every error handler, each logging and throwing again, until the Slack handler rejected
    // (a Lambda error, a 502) instead of giving the editor the answer it had.
    try {
      sink(recordLine({ level: lvl, time: new Date().toISOString(), msg: maskTokens(message) }, base, fields));
    } catch {
      // Nowhere left to report it.
    }
  };
  return {
    debug: (m, f) => write("debug", m, f),
    info: (m, f) => write("info", m, f),
    warn: (m, f) => write("warn", m, f),
    error: (m, f) => write("error", m, f),
    child: (fields) => createLogger({ level, sink, fields: { ...base, ...fields } }),
  };
}

/** A short id a person can read aloud from an error message and find in the logs. */
export function correlationId(seed?: string): string {
  if (seed && /^[A-Za-z0-9-]{4,64}$/.test(seed)) return seed.slice(0, 36);
  return globalThis.crypto.randomUUID().slice(0, 8);
}
