import { figureCaption } from "#brief/figures/card/caption.ts";
import { type ArticleNumber, everyNumber } from "#brief/figures/card/every.ts";
import { readSentences } from "#news/sentences.ts";
import { articleBrief, loadArticle } from "#cli/brief.ts";

/** One line a number: display, type, value (and range), qualifier, unit, label; `·` marks what the card may not hold. */
export function formatNumbers(headline: string, numbers: readonly ArticleNumber[]): string {
  const width = Math.max(8, ...numbers.map((n) => n.display.length));
  const lines = [`${headline}: ${numbers.length} numbers (· = not a card candidate)`, ""];
  for (const n of numbers) {
    const value = n.valueMax === undefined ? String(n.value) : `${n.value}–${n.valueMax}`;
    const unit = n.unit ?? "";
    lines.push(
      `${n.candidate ? " " : "·"} ${n.display.padEnd(width)}  ${(n.type ?? "").padEnd(10)} ${value.padStart(14)} ${unit.padEnd(7)} ${(n.qualifier ?? "").padEnd(12)} ${figureCaption(n)}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** `nutgraf figures <file|id> [--all] [--json]`: the card `nutgraf brief` shows, or with --all every number of the article. */
export async function figuresCommand(target: string, options: { all: boolean; json: boolean; limit?: number }): Promise<string> {
  const article = await loadArticle(target);
  if (options.all) {
    const numbers = everyNumber(readSentences(article).sentences);
    return options.json ? `${JSON.stringify(numbers, null, 2)}\n` : formatNumbers(article.headline, numbers);
  }
  const card = articleBrief(article, { figures: options.limit }).figures;
  return options.json ? `${JSON.stringify(card, null, 2)}\n` : formatNumbers(article.headline, card.map((f) => ({ ...f, candidate: true })));
}
