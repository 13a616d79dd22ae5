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

// Stemming is the ranker's hottest step and news reuses its vocabulary: remember stems, bounded so a long-lived
// Lambda cannot grow without limit. The cache changes speed only, never a result.
const STEMS = new Map<string, string>();
const STEM_CACHE_MAX = 100_000;

function stem(word: string): string {
  let out = STEMS.get(word);
  if (out === undefined) {
    if (STEMS.size >= STEM_CACHE_MAX) STEMS.clear();
    out = stemmer(word);
    STEMS.set(word, out);
  }
  return out;
}

/** /^\d+$/ without the regular expression: ASCII digits only, as \d means. */
function allDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return word.length > 0;
}

export interface Terms {
  /** Content-word stems: lowercase, stopwords and bare numbers out, Porter-stemmed (the `stemmer` package). */
  stems: string[];
  /** Every word, for length. */
  words: number;
}

/** One pass over a text for both what the ranker compares (stems) and what it measures (words). */
export function analyzeTerms(text: string): Terms {
  const stems: string[] = [];
  let words = 0;
  const lower = text.toLowerCase();
  WORD.lastIndex = 0;
  // Every sentence of every brief passes here: plain character tests instead of a regular expression per word.
  for (let match = WORD.exec(lower); match !== null; match = WORD.exec(lower)) {
    words++;
    let word = match[0];
    if (word.length < 2 || STOPWORDS.has(word)) continue;
    // A possessive: "'s" or "’s" ending the word, after at least one other character (what /['’]s$/ found).
    const last = word.length - 1;
    if (last >= 2 && word.charCodeAt(last) === 115 && (word[last - 1] === "'" || word[last - 1] === "’")) word = word.slice(0, last - 1);
    if (STOPWORDS.has(word) || allDigits(word)) continue;
    stems.push(stem(word));
  }
  return { stems, words };
}

export function contentTerms(text: string): string[] {
  return analyzeTerms(text).stems;
}
