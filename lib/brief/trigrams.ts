// Word trigrams of a sentence, for trigram blocking between bullets: the redundancy rule of extractive CNN/DailyMail
// work (Paulus et al. 2018; BertSumExt, Liu & Lapata 2019): a candidate that repeats any three words in a row of a
// bullet already chosen restates it. Cosine over TF-IDF stems misses a restatement padded with other words; a shared
// trigram does not.

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** The lowercased word trigrams of a text ("the floods hit", "floods hit the", …): words only, punctuation out. */
export function wordTrigrams(text: string): Set<string> {
  const words = text.toLowerCase().match(WORD) ?? [];
  const grams = new Set<string>();
  for (let i = 2; i < words.length; i++) grams.add(`${words[i - 2]} ${words[i - 1]} ${words[i]}`);
  return grams;
}

export function sharesTrigram(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const gram of small) if (large.has(gram)) return true;
  return false;
}

/** Each sentence's trigrams, measured the first time they are asked for: selection looks at a handful of sentences. */
export function trigramLookup(texts: readonly string[]): (index: number) => ReadonlySet<string> {
  const memo: (Set<string> | undefined)[] = [];
  return (index) => (memo[index] ??= wordTrigrams(texts[index]!));
}
