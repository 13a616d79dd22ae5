import type { Article } from "#news/article.ts";
import { storyBlocks } from "#brief/bullet-links.ts";
import { articleSentences } from "#news/sentences.ts";

// A stored story as a reader's page, for `npm start`: what a bullet's "in the story" link opens. Its text follows
// storyBlocks (headline, then paragraphs, the rest after them), which is what each link's text directive was
// chosen against. Each sentence is its own span (ids `s-<index>`), so a test can tell which one the browser marked.

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

function paragraphHtml(paragraph: string, sentences: readonly { index: number; text: string }[]): string {
  let html = "";
  let cursor = 0;
  for (const s of sentences) {
    const at = paragraph.indexOf(s.text, cursor);
    if (at < 0) continue;
    html += `${escapeHtml(paragraph.slice(cursor, at))}<span class="sentence" id="s-${s.index}">${escapeHtml(s.text)}</span>`;
    cursor = at + s.text.length;
  }
  return `<p>${html}${escapeHtml(paragraph.slice(cursor))}</p>`;
}

export function articlePage(article: Article): string {
  const sentences = articleSentences(article);
  const [headline] = storyBlocks(article);
  const body = article.paragraphs.map((p, i) => paragraphHtml(p, sentences.filter((s) => s.paragraph === i))).join("\n");
  const meta = [article.credit, article.dateline, article.byline ? `by ${article.byline}` : undefined, article.publishedAt]
    .filter((m): m is string => m !== undefined)
    .map(escapeHtml)
    .join(" · ");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(article.headline)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body { font: 18px/1.6 Georgia, serif; max-width: 42em; margin: 2em auto; padding: 0 1em; color: #1d1c1d; }
h1 { font: 700 2em/1.2 "Helvetica Neue", Arial, sans-serif; }
footer { color: #616061; font-size: 0.8em; border-top: 1px solid #ddd; margin-top: 2em; padding-top: 0.5em; }
/* What a bullet's link highlights: a colour no other text on this page has, so a test can find it. */
::target-text { background-color: rgb(255, 214, 0); color: #1d1c1d; }
</style></head>
<body><article>
<h1>${escapeHtml(headline ?? "")}</h1>
${body}
<footer>${meta}</footer>
</article></body></html>
`;
}
