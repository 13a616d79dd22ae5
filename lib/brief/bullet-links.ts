import type { Article } from "#news/article.ts";
import { articleSentences } from "#news/sentences.ts";
import { chooseDirective, withTextDirective } from "#brief/text-fragment.ts";

/**
 * The story's text in the order a story page shows it: headline, then each paragraph. Pages that link targets are
 * built from (the local `/articles/<id>` page) put anything else — byline, date, credit — after the body, so no
 * earlier text can catch a directive first.
 */
export function storyBlocks(article: Pick<Article, "headline" | "paragraphs">): string[] {
  return [article.headline, ...article.paragraphs];
}

/**
 * A link to each given sentence in the story at `url`, scrolled to and highlighted by the browser; undefined for a
 * sentence no directive can single out (then the plain url is the honest link). Indexes are `articleSentences`'.
 */
export function sentenceLinks(article: Pick<Article, "headline" | "paragraphs">, url: string, sentences: readonly number[]): (string | undefined)[] {
  const blocks = storyBlocks(article);
  // Blocks are separate elements on the page; a newline between them keeps words from running together.
  const page = blocks.join("\n");
  const blockStart: number[] = [];
  let at = 0;
  for (const block of blocks) {
    blockStart.push(at);
    at += block.length + 1;
  }
  const spans = new Map<number, [number, number]>();
  const cursor = new Map<number, number>();
  for (const s of articleSentences(article)) {
    const paragraph = article.paragraphs[s.paragraph]!;
    const inParagraph = paragraph.indexOf(s.text, cursor.get(s.paragraph) ?? 0);
    if (inParagraph < 0) continue;
    cursor.set(s.paragraph, inParagraph + s.text.length);
    const from = blockStart[s.paragraph + 1]! + inParagraph;
    spans.set(s.index, [from, from + s.text.length]);
  }
  return sentences.map((index) => {
    const span = spans.get(index);
    const directive = span && chooseDirective(page, span[0], span[1]);
    return directive ? withTextDirective(url, directive) : undefined;
  });
}
