import type { Digest, DigestStory } from "#digest/digest.ts";
import { fitMrkdwn, LIMITS, slackDate, truncate, type Block, type SlackMessage } from "#slack/blocks.ts";
import { cutMrkdwn } from "#slack/cut-mrkdwn.ts";

// Five stories must share Slack's 10k characters of block text (LIMITS.totalText): each gets a fixed budget so one
// long story can never push the others out (or the whole message into msg_blocks_too_long). Worst case per story:
// 250 + 2 × 500 + 330 + ~300 of source line ≈ 1.9k, so five stay near 9.5k with the header and footer.
const HEADLINE_CHARS = 250;
const BULLET_CHARS = 500;
const FIGURE_CHARS = 250;
const UPDATE_CHARS = 200;
// A link is block text too (a CMS URL near 1,000 characters on each of five stories took a digest to 14k): one up to
// this long is paid for out of the story's bullets; a longer one is left off, and `/brief <id>` still finds the story.
const LINK_CHARS = 300;

const mrkdwn = (text: string) => ({ type: "mrkdwn" as const, text });

function dateTitle(date: string): string {
  // Noon UTC of the local date: the weekday is right whatever zone the digest is for.
  const at = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(at.getTime())) return date;
  return new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(at);
}

/** Only plain http(s) links: anything with Slack's link delimiters in it would break the `<url|text>` syntax. */
function safeUrl(url: string | undefined): string | undefined {
  if (!url || url.length > LINK_CHARS || !/^https?:\/\/[^\s<>|]+$/i.test(url)) return undefined;
  return url;
}

function updateLine(update: NonNullable<DigestStory["update"]>): string {
  const what = update.moved.length > 0 ? update.moved.join("; ") : update.headlineChanged ? "new headline" : "text revised";
  return `:arrows_counterclockwise: *Updated* (v${update.fromVersion} → v${update.toVersion}): ${fitMrkdwn(what, UPDATE_CHARS)}`;
}

function storyBlocks(story: DigestStory, rank: number): Block[] {
  const headline = fitMrkdwn(story.headline, HEADLINE_CHARS);
  const url = safeUrl(story.url);
  const lines = [`*${rank}. ${url ? `<${url}|${headline}>` : headline}*`];
  // A story the channel may have seen yesterday: say it changed, and how its key figures moved. The line, the link
  // and the filings line are paid for out of the bullets' budget, so no story takes more of the message than any
  // other (five merged stories at their longest took a digest to 10.6k when the filings line went unpaid).
  const update = story.update ? updateLine(story.update) : undefined;
  // A merged story says how many filings it stands for and from whom: "3 filings: AP, Reuters".
  const filings = story.sources && story.merged ? `${story.merged.length + 1} filings: ${fitMrkdwn(story.sources.join(", "), 200)}` : undefined;
  const extra = (update?.length ?? 0) + (url?.length ?? 0) + (filings?.length ?? 0);
  const bulletChars = BULLET_CHARS - (story.bullets.length > 0 ? Math.ceil(extra / story.bullets.length) : 0);
  for (const bullet of story.bullets) lines.push(`•  ${fitMrkdwn(bullet, bulletChars)}`);
  if (update) lines.push(update);
  if (story.figure) {
    lines.push(`:bar_chart: *${fitMrkdwn(story.figure.display, 80)}* — ${fitMrkdwn(story.figure.label, FIGURE_CHARS)}`);
  }
  const source = [
    story.credit ? `*${fitMrkdwn(story.credit, 60)}*` : undefined,
    story.dateline ? fitMrkdwn(story.dateline, 60) : undefined,
    slackDate(story.publishedAt),
    `\`${fitMrkdwn(story.id, 64)}\``,
    filings,
  ].filter((p): p is string => p !== undefined);
  return [
    // Built mrkdwn (entities, the link): cut between its pieces, never inside an "&amp;" or a "<url|…>" (cut-mrkdwn.ts).
    { type: "section", text: mrkdwn(cutMrkdwn(lines.join("\n"), LIMITS.sectionText)) },
    { type: "context", elements: [mrkdwn(source.join("  ·  "))] },
  ];
}

/** "24 hours", "6 hours", "3 days": the window the digest covers, as its lines say it. */
function windowWords(digest: Digest): string {
  const minutes = Math.round((Date.parse(digest.until) - Date.parse(digest.since)) / 60_000);
  if (!Number.isFinite(minutes)) return "24 hours";
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.round(minutes / 60);
  if (hours % 24 === 0 && hours > 24) return `${hours / 24} days`;
  return hours === 1 ? "hour" : `${hours} hours`;
}

/** " (section business)" when the digest is filtered. */
const filterWords = (digest: Digest) => (digest.filter ? ` (${digest.filter})` : "");

/** The plain-text fallback (notifications, clients without blocks): headlines only. */
function fallback(digest: Digest): string {
  if (digest.stories.length === 0) return `nutgraf digest, ${dateTitle(digest.date)}: no new stories${filterWords(digest)} in the last ${windowWords(digest)}.`;
  const lines = digest.stories.map((s, i) => `${i + 1}. ${truncate(s.headline, HEADLINE_CHARS)}`);
  return fitMrkdwn([`nutgraf digest, ${dateTitle(digest.date)}: top ${digest.stories.length} of ${digest.total} stories`, ...lines].join("\n"), 3000);
}

/** The digest as a Slack message: a header, then each story (headline, 2 bullets, top figure, source), within limits. */
export function digestMessage(digest: Digest): SlackMessage {
  const title = `Digest · ${dateTitle(digest.date)}`;
  const blocks: Block[] = [{ type: "header", text: { type: "plain_text", text: truncate(title, LIMITS.headerText), emoji: true } }];
  if (digest.stories.length === 0) {
    blocks.push({ type: "section", text: mrkdwn(`No new stories${fitMrkdwn(filterWords(digest), 200)} in the ${windowWords(digest)} to ${slackDate(digest.until)}.`) });
    return { text: fallback(digest), blocks };
  }
  const shown = digest.stories.length === digest.total ? `${digest.total}` : `Top ${digest.stories.length} of ${digest.total}`;
  blocks.push({
    type: "context",
    elements: [mrkdwn(`${shown} ${digest.total === 1 ? "story" : "stories"}${fitMrkdwn(filterWords(digest), 200)} published in the ${windowWords(digest)} to ${slackDate(digest.until)}, most newsworthy first.`)],
  });
  digest.stories.forEach((story, i) => {
    blocks.push({ type: "divider" }, ...storyBlocks(story, i + 1));
  });
  blocks.push({ type: "divider" }, { type: "context", elements: [mrkdwn("`/brief <id>` for a full brief  ·  `/brief unsubscribe` to stop these")] });
  return { text: fallback(digest), blocks };
}
