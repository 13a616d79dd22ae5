import sbd from "sbd";
import type { Article } from "#news/article.ts";

/** One sentence of an article body, verbatim. */
export interface Sentence {
  /** Position in the article's sentence list, from 0: the explicit tie-break of every ranking. */
  index: number;
  /** Paragraph it comes from, from 0. */
  paragraph: number;
  /** Exact substring of that paragraph. */
  text: string;
}

// sbd knows the common ones; these are the newsroom's (military ranks, titles, US states, months).
const ABBREVIATIONS = [
  "Col", "Gen", "Lt", "Sgt", "Capt", "Cmdr", "Adm", "Maj", "Cpl", "Pvt", "Gov", "Sen", "Rep", "Rev", "Hon", "Supt",
  "Insp", "Det", "Prof", "Dr", "Mr", "Mrs", "Ms", "St", "Jr", "Sr", "No", "Nos", "Inc", "Ltd", "Co", "Corp", "Bros",
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Ala", "Ariz", "Ark", "Calif",
  "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo",
  "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "vs", "approx", "est",
  "Ft", "Mt", "Ave", "Blvd", "Rd", "Dept", "Univ", "Assn", "etc", "Fig", "Op",
];

const OPTIONS = {
  newline_boundaries: true,
  preserve_whitespace: false,
  sanitize: false,
  allowed_tags: false,
  abbreviations: ABBREVIATIONS,
} as const;

/**
 * Splits one paragraph into sentences with sbd (abbreviations, decimals, initials, quotes, ellipses), then
 * locates each piece in the paragraph so what we return is always a verbatim substring.
 */
export function splitSentences(paragraph: string): string[] {
  const pieces = sbd.sentences(paragraph, OPTIONS);
  const out: string[] = [];
  let cursor = 0;
  for (const raw of pieces) {
    const piece = raw.trim();
    if (piece === "") continue;
    const at = paragraph.indexOf(piece, cursor);
    if (at >= 0) {
      out.push(piece);
      cursor = at + piece.length;
      continue;
    }
    // sbd collapsed a run of whitespace: find the piece with any whitespace between its words. (Matching only its
    // last 12 characters, as before, lost every sentence whose ending held a double space.)
    const words = piece.split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    const flexible = new RegExp(words.join("\\s+"), "gu");
    flexible.lastIndex = cursor;
    const found = flexible.exec(paragraph);
    if (!found) continue;
    out.push(found[0]);
    cursor = found.index + found[0].length;
  }
  // A piece with no letter or digit ("|", "...", a lone quote mark) is a separator, not a sentence a bullet could use.
  return out.filter((p) => /[\p{L}\p{N}]/u.test(p));
}

/** The article's body as numbered sentences, paragraph by paragraph. */
export function articleSentences(article: Pick<Article, "paragraphs">): Sentence[] {
  const sentences: Sentence[] = [];
  article.paragraphs.forEach((paragraph, p) => {
    for (const text of splitSentences(paragraph)) sentences.push({ index: sentences.length, paragraph: p, text });
  });
  return sentences;
}
