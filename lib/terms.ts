import { stemmer } from "stemmer";

// Function words carry no topic: they would make every sentence look alike to the centrality graph.
const STOPWORDS = new Set(
  (
    "a about above after again against all also am an and any are as at be because been before being below between both " +
    "but by can could did do does doing down during each few for from further had has have having he her here hers " +
    "herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on " +
    "once only or other our ours ourselves out over own same she should so some such than that the their theirs them " +
    "themselves then there these they this those through to too under until up very was we were what when where which " +
    "while who whom why will with would you your yours yourself yourselves said says say told according one two also " +
    "s t us mr mrs ms would could may might must shall can't don't it's he's she's that's there's i'm we're they're " +
    "new last first year years time people like get got make made well back even still just"
  ).split(" "),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Content-word stems of a text: lowercase, stopwords out, Porter-stemmed (the `stemmer` package). */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0].replace(/['’]s$/, "");
    if (word.length < 2 || STOPWORDS.has(word) || /^\d+$/.test(word)) continue;
    out.push(stemmer(word));
  }
  return out;
}

/** Every word, lowercase, for length counts. */
export function wordCount(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}
