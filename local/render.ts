/**
 * Block Kit → HTML for the local Slack-like page. Runs in the browser (served transpiled by local/server.ts)
 * and in unit tests, so it builds strings and never touches the DOM.
 *
 * Every piece of text is treated as hostile: article text flows into these blocks, so anything that is not one
 * of Slack's own markup forms comes out HTML-escaped, and links keep only http(s)/mailto targets.
 */

export interface RenderOptions {
  /** Display names for `<@U…>` mentions; unknown ids are shown as the id. */
  users?: Readonly<Record<string, string>>;
  /** Display names for `<#C…>` channel links without a label. */
  channels?: Readonly<Record<string, string>>;
  /** IANA zone for `<!date^…>` tokens; the page passes the viewer's, tests pass a fixed one. */
  timeZone?: string;
}

/** The message shape the page shows: what the bot posted, wherever it came from (ack body, response_url, chat.*). */
export interface RenderableMessage {
  text?: unknown;
  blocks?: unknown;
}

type Json = Record<string, unknown>;

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Slack escapes only these three in message text; everything else arrives literally. */
function decodeSlackEntities(value: string): string {
  return value.replace(/&(amp|lt|gt);/g, (_, name: string) => (name === "amp" ? "&" : name === "lt" ? "<" : ">"));
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function str(value: unknown): string {
  return typeof value === "string" ? value : "";
}

// A handful of the emoji the bot and demos use; the rest stay as `:name:` like in a client without them.
const EMOJI: Record<string, string> = {
  newspaper: "📰",
  rolled_up_newspaper: "🗞️",
  bar_chart: "📊",
  chart_with_upwards_trend: "📈",
  calendar: "📅",
  date: "📅",
  clock7: "🕖",
  alarm_clock: "⏰",
  mag: "🔍",
  pushpin: "📌",
  link: "🔗",
  bulb: "💡",
  warning: "⚠️",
  white_check_mark: "✅",
  x: "❌",
  information_source: "ℹ️",
  wave: "👋",
  sunrise: "🌅",
  memo: "📝",
  speech_balloon: "💬",
  point_right: "👉",
  thinking_face: "🤔",
};

function emojify(escaped: string): string {
  return escaped.replace(/:([a-z0-9_+-]+):/g, (whole, name: string) => EMOJI[name] ?? whole);
}

function safeUrl(url: string): string | undefined {
  return /^(?:https?:\/\/|mailto:)/i.test(url) ? url : undefined;
}

const DATE_TOKENS: Record<string, Intl.DateTimeFormatOptions> = {
  date_num: { year: "numeric", month: "2-digit", day: "2-digit" },
  date: { year: "numeric", month: "long", day: "numeric" },
  date_short: { year: "numeric", month: "short", day: "numeric" },
  date_long: { weekday: "long", year: "numeric", month: "long", day: "numeric" },
  date_pretty: { year: "numeric", month: "long", day: "numeric" },
  date_short_pretty: { year: "numeric", month: "short", day: "numeric" },
  date_long_pretty: { weekday: "long", year: "numeric", month: "long", day: "numeric" },
  time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  time_secs: { hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" },
};

/** `<!date^1447793400^{date_short} at {time}|fallback>`: formatted in the viewer's zone, as Slack does. */
function formatDateToken(body: string, label: string | undefined, options: RenderOptions): string {
  const [, seconds = "", format = ""] = body.split("^");
  const epoch = Number(seconds);
  if (!/^\d{1,12}$/.test(seconds) || !Number.isFinite(epoch)) return escapeHtml(label ?? body);
  const date = new Date(epoch * 1000);
  const timeZone = options.timeZone ?? "UTC";
  let unknownToken = false;
  const text = format.replace(/\{(\w+)\}/g, (whole, token: string) => {
    const spec = DATE_TOKENS[token];
    if (!spec) {
      unknownToken = true;
      return whole;
    }
    if (token === "date_num") {
      const parts = new Intl.DateTimeFormat("en-CA", { ...spec, timeZone }).format(date);
      return parts;
    }
    return new Intl.DateTimeFormat("en-GB", { ...spec, timeZone }).format(date);
  });
  const shown = unknownToken || text === "" ? (label ?? date.toISOString()) : text;
  return `<time class="bk-date" datetime="${escapeHtml(date.toISOString())}">${escapeHtml(shown)}</time>`;
}

/** One `<…>` form: link, mention, channel, special mention or date. Returns HTML. */
function renderAngle(inner: string, options: RenderOptions): string {
  const bar = inner.indexOf("|");
  const target = decodeSlackEntities(bar >= 0 ? inner.slice(0, bar) : inner);
  const label = bar >= 0 ? decodeSlackEntities(inner.slice(bar + 1)) : undefined;
  if (target.startsWith("@")) {
    const id = target.slice(1);
    const name = options.users?.[id] ?? label ?? id;
    return `<span class="bk-mention" data-user="${escapeHtml(id)}">@${escapeHtml(name.replace(/^@/, ""))}</span>`;
  }
  if (target.startsWith("#")) {
    const id = target.slice(1);
    const name = label ?? options.channels?.[id] ?? id;
    return `<span class="bk-mention bk-channel">#${escapeHtml(name.replace(/^#/, ""))}</span>`;
  }
  if (target.startsWith("!")) {
    const body = target.slice(1);
    if (body.startsWith("date^")) return formatDateToken(body, label, options);
    if (body.startsWith("subteam^")) return `<span class="bk-mention">${escapeHtml(label ?? "@group")}</span>`;
    return `<span class="bk-mention bk-special">@${escapeHtml(body.split("^")[0] ?? body)}</span>`;
  }
  const url = safeUrl(target);
  // Not a Slack form at all (e.g. an unescaped `<b>` in article text): show it as typed, so a missing escape is visible.
  if (!/^[a-z][a-z0-9+.-]*:/i.test(target)) return escapeHtml(`<${decodeSlackEntities(inner)}>`);
  const shown = escapeHtml(label ?? target);
  if (!url) return shown;
  return `<a class="bk-link" href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${shown}</a>`;
}

// Private-use characters mark where already-rendered HTML goes back in; any in the input are removed first,
// so article text cannot forge one.
const MARK_OPEN = "\uE000";
const MARK_CLOSE = "\uE001";
const MARKS = /[\uE000\uE001]/g;

/** Bold, italic and strike: a marker opens after a non-word character and closes before one, like Slack. */
function inlineStyles(html: string): string {
  const style = (marker: string) => {
    const m = marker === "*" ? "\\*" : marker;
    return new RegExp(`(^|[^\\p{L}\\p{N}${m}])${m}(?=\\S)([^\\n]*?\\S)${m}(?=$|[^\\p{L}\\p{N}${m}])`, "gu");
  };
  return html
    .replace(style("*"), (_, before: string, body: string) => `${before}<b>${body}</b>`)
    .replace(style("_"), (_, before: string, body: string) => `${before}<i>${body}</i>`)
    .replace(style("~"), (_, before: string, body: string) => `${before}<s>${body}</s>`);
}

/** Slack's mrkdwn (not Markdown) → HTML, with everything that is not markup escaped. */
export function renderMrkdwn(text: string, options: RenderOptions = {}): string {
  const stash: string[] = [];
  const keep = (html: string) => `${MARK_OPEN}${stash.push(html) - 1}${MARK_CLOSE}`;
  let work = text.replace(MARKS, "");
  // Code first: nothing inside it is markup.
  work = work.replace(/```([\s\S]*?)```/g, (_, code: string) =>
    keep(`<pre class="bk-pre">${escapeHtml(decodeSlackEntities(code.replace(/^\n/, "")))}</pre>`),
  );
  work = work.replace(/`([^`\n]+)`/g, (_, code: string) => keep(`<code class="bk-code">${escapeHtml(decodeSlackEntities(code))}</code>`));
  work = work.replace(/<([^<>\n]+)>/g, (_, inner: string) => keep(renderAngle(inner, options)));
  let html = escapeHtml(decodeSlackEntities(work));
  html = emojify(inlineStyles(html));
  html = html
    .split("\n")
    .map((line) => (line.startsWith("&gt; ") || line === "&gt;" ? `<blockquote class="bk-quote">${line.replace(/^&gt; ?/, "")}</blockquote>` : line))
    .join("\n")
    .replace(/\n/g, "<br>")
    .replace(/<\/blockquote><br>/g, "</blockquote>");
  const markRef = new RegExp(`${MARK_OPEN}(\\d+)${MARK_CLOSE}`, "g");
  return html.replace(markRef, (_, index: string) => stash[Number(index)] ?? "");
}

/** A text object: `plain_text` (escaped, optional emoji) or `mrkdwn`. */
export function renderText(value: unknown, options: RenderOptions = {}): string {
  if (typeof value === "string") return renderMrkdwn(value, options);
  if (!isObject(value)) return "";
  const text = str(value.text);
  if (value.type === "mrkdwn") {
    return value.verbatim === true ? escapeHtml(decodeSlackEntities(text)).replace(/\n/g, "<br>") : renderMrkdwn(text, options);
  }
  const escaped = escapeHtml(text).replace(/\n/g, "<br>");
  return value.emoji === false ? escaped : emojify(escaped);
}

function attr(name: string, value: unknown): string {
  return typeof value === "string" || typeof value === "number" ? ` ${name}="${escapeHtml(String(value))}"` : "";
}

function renderImage(element: Json, className: string): string {
  const url = safeUrl(str(element.image_url));
  if (!url) return `<span class="${className} bk-image-missing">${escapeHtml(str(element.alt_text))}</span>`;
  return `<img class="${className}" src="${escapeHtml(url)}" alt="${escapeHtml(str(element.alt_text))}" loading="lazy">`;
}

/**
 * Interactive elements carry the block and element index: the page sends those back and the server rebuilds the
 * exact payload Slack would, from the message it recorded.
 */
function renderElement(element: unknown, blockIndex: number, elementIndex: number, options: RenderOptions): string {
  if (!isObject(element)) return "";
  const where = `${attr("data-block", blockIndex)}${attr("data-element", elementIndex)}${attr("data-action-id", element.action_id)}`;
  switch (element.type) {
    case "button": {
      const style = element.style === "primary" || element.style === "danger" ? ` bk-button-${element.style}` : "";
      const label = renderText(element.text, options);
      const url = safeUrl(str(element.url));
      if (url) {
        return `<a class="bk-button${style}" href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer"${where}>${label}</a>`;
      }
      return `<button type="button" class="bk-button${style}"${where}${attr("data-value", element.value)}>${label}</button>`;
    }
    case "image":
      return renderImage(element, "bk-accessory-image");
    case "overflow":
      return `<button type="button" class="bk-button bk-overflow" disabled${where}>⋯</button>`;
    case "static_select":
    case "users_select":
    case "channels_select":
    case "conversations_select":
    case "datepicker":
      return `<span class="bk-select"${where}>${renderText(element.placeholder, options) || escapeHtml(String(element.type))}</span>`;
    default:
      return `<span class="bk-unsupported">[${escapeHtml(String(element.type ?? "element"))}]</span>`;
  }
}

function renderContextElement(element: unknown, options: RenderOptions): string {
  if (!isObject(element)) return "";
  if (element.type === "image") return renderImage(element, "bk-context-image");
  return `<span class="bk-context-text">${renderText(element, options)}</span>`;
}

/** rich_text is what Slack clients send when people type; the bot does not use it, so only its text is shown. */
function richTextPlain(node: unknown): string {
  if (!isObject(node)) return "";
  if (typeof node.text === "string") return node.text;
  if (node.type === "user" && typeof node.user_id === "string") return `<@${node.user_id}>`;
  if (node.type === "link" && typeof node.url === "string") return node.url;
  return Array.isArray(node.elements) ? node.elements.map(richTextPlain).join("") : "";
}

export function renderBlock(block: unknown, index: number, options: RenderOptions = {}): string {
  if (!isObject(block)) return `<div class="bk-block bk-unsupported">[invalid block]</div>`;
  const id = attr("data-block-id", block.block_id);
  switch (block.type) {
    case "header":
      return `<div class="bk-block bk-header"${id}>${renderText(block.text, options)}</div>`;
    case "divider":
      return `<hr class="bk-block bk-divider"${id}>`;
    case "section": {
      const text = block.text === undefined ? "" : `<div class="bk-section-text">${renderText(block.text, options)}</div>`;
      const fields = Array.isArray(block.fields)
        ? `<div class="bk-fields">${block.fields.map((f) => `<div class="bk-field">${renderText(f, options)}</div>`).join("")}</div>`
        : "";
      const accessory = block.accessory === undefined ? "" : `<div class="bk-accessory">${renderElement(block.accessory, index, 0, options)}</div>`;
      return `<div class="bk-block bk-section"${id}><div class="bk-section-body">${text}${fields}</div>${accessory}</div>`;
    }
    case "context": {
      const elements = Array.isArray(block.elements) ? block.elements.map((e) => renderContextElement(e, options)).join("") : "";
      return `<div class="bk-block bk-context"${id}>${elements}</div>`;
    }
    case "actions": {
      const elements = Array.isArray(block.elements)
        ? block.elements.map((e, i) => renderElement(e, index, i, options)).join("")
        : "";
      return `<div class="bk-block bk-actions"${id}>${elements}</div>`;
    }
    case "image": {
      const title = block.title === undefined ? "" : `<div class="bk-image-title">${renderText(block.title, options)}</div>`;
      return `<div class="bk-block bk-image"${id}>${title}${renderImage(block, "bk-image-img")}</div>`;
    }
    case "rich_text":
      return `<div class="bk-block bk-rich-text"${id}>${renderMrkdwn(richTextPlain(block).replace(/[&<>]/g, (c) => HTML_ESCAPES[c] ?? c), options)}</div>`;
    default:
      return `<div class="bk-block bk-unsupported"${id}>[unsupported block: ${escapeHtml(String(block.type ?? "?"))}]</div>`;
  }
}

export function renderBlocks(blocks: unknown, options: RenderOptions = {}): string {
  if (!Array.isArray(blocks)) return "";
  return blocks.map((block, i) => renderBlock(block, i, options)).join("");
}

/** Blocks when there are any (Slack then uses `text` only for notifications), else `text` as mrkdwn. */
export function renderMessageBody(message: RenderableMessage, options: RenderOptions = {}): string {
  if (Array.isArray(message.blocks) && message.blocks.length > 0) return renderBlocks(message.blocks, options);
  return `<div class="bk-block bk-section"><div class="bk-section-text">${renderMrkdwn(str(message.text), options)}</div></div>`;
}
