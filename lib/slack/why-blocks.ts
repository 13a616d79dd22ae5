import type { Brief } from "#brief/brief.ts";
import { explainParts } from "#brief/explain.ts";
import { escapeMrkdwn, truncate } from "#slack/blocks.ts";

/** Words of a bullet quoted to say which one a reason is for: enough to recognise it under the card's bullets. */
const OPENING_WORDS = 5;
const MAX_LINE = 160;

function opening(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const quoted = words.slice(0, OPENING_WORDS).join(" ");
  return words.length > OPENING_WORDS ? `${quoted.replace(/[,;:.]+$/, "")}…` : quoted;
}

/**
 * The card's "why" line: for each bullet, its opening words and why it was picked, in an editor's words
 * ("the opening sentence, central to the story, has figures"). The numbers behind them: `nutgraf brief --explain`.
 */
export function whyText(brief: Brief): string {
  const lines = brief.bullets.map((b) => `_“${escapeMrkdwn(truncate(opening(b.text), 60))}”_ — ${escapeMrkdwn(truncate(explainParts(b.parts).join(", "), MAX_LINE))}`);
  return ["*Why these bullets* (quoted verbatim from the story):", ...lines].join("\n");
}
