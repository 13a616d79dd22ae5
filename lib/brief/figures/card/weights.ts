import type { FigureKind } from "#brief/figures/card/figure.ts";

/**
 * How the card ranks candidates: score = kind × own factor × (1 − salience + salience × sentence salience)
 * × (1 + lead × how early the sentence is) × fallback (label from the nearest noun phrase) × duration
 * (a period that is not a sentence or a ban; × span in the first two sentences) × repeat^(times the value recurs,
 * capped at 2) × moved (an amount given with its earlier level or its change) × about (its label shares a content
 * word with the headline, or without one the first sentence: it counts what the story is about) × deep (its sentence
 * comes after the story's first DEEP_SENTENCES) × other (its sentence says a firm or person the story is not about
 * made it).
 */
export interface CardWeights {
  kind: Readonly<Record<FigureKind, number>>;
  salience: number;
  lead: number;
  fallback: number;
  duration: number;
  /** A background duration in the first two sentences, no match clock (news-span.ts): score × duration × span. */
  span: number;
  /** A duration that is the news (a prison term, a ban, a stay): score × term. */
  term: number;
  repeat: number;
  /** An amount the sentence gives with its earlier level or its change: a change is what business news reports. */
  moved: number;
  /** A figure whose label shares a content word with the headline (else the first sentence): what the story is about. */
  about: number;
  /**
   * An amount its sentence says a firm or person holds whom the headline and first sentence do not name: a comparison;
   * a prison term or a distance so held only beside the story's own of its kind (held-beside.ts).
   */
  other: number;
  /** A figure past the story's first DEEP_SENTENCES sentences, whatever its length: background more often than news. */
  deep: number;
  /**
   * Not a factor of the score but of the pick (card.ts): two tolls under one label whose values lie this many times or
   * more apart are two facts (an earlier disaster's toll), and the second is not marked down as a repeat of the first.
   */
  apart: number;
}

/** How many opening sentences tell the news (CardWeights.deep weighs the figures after them). */
export const DEEP_SENTENCES = 12;

/**
 * Fitted on the tune half of the figures gold by `npx tsx scripts/fit-figures.ts` (its output, pasted); `about`, added
 * last, fitted alone with the others held (`--only about`: see the script for what a full refit does). `deep`, added
 * after, was chosen on the tune half of cnndm-dev's 3,000 articles by the numbers CNN/DailyMail journalists quote in
 * their highlights, the other half checked (`npx tsx scripts/fit-highlights.ts --try deep=0.5`): highlights quote a
 * candidate past the twelfth sentence a sixth of the time, one of the first five half the time, and on the gold such
 * candidates are key less often too. 0.5 is the lowest weight at which the seed keeps its core figures (several sit
 * past its twelfth sentence); every gold figure stays as it was. `other`, added after, is set by hand: its signal
 * (owner.ts: "Yahoo earned $187m", "the $204m announced by rival Google", in a story whose headline and first sentence
 * name neither) fires in no article of the gold's tune half and in 2 of cnndm-dev's 3,000, none on a card, so no fit
 * can set it; 0.3 puts such an amount below the story's own figures of its kind (0.4 leaves Yahoo's $187m above Ask
 * Jeeves' revenue "nearly tripled" on bbc-business-011, held out, the one gold article where it fires). Cross-validation
 * cannot judge it (`npx tsx scripts/cv-card.ts`): whenever bbc-business-011 is held out no training article fires it, so
 * a refit leaves it where it starts (fitted from 1 or held at 1: the same held-out cards). At 1 the gold loses that
 * article's key figure (127 -> 126 of 141) and no card of cnndm-dev or dev-bbc outside the gold changes
 * (`npx tsx scripts/figures-cards-trial.ts --try other=1`, and `--file dev-bbc.jsonl`): it stays, its evidence one
 * article. Cross-validated, refitting these weights does not beat them (README, "Cross-validated key recall").
 * `span`, added after (lead figures ranked off the card: card-audit-33's pattern 15), was chosen on the tune half of
 * cnndm-dev's highlights with the gold checked (`npx tsx scripts/fit-card.ts --try span=1`, then 1.5 and 2): 1.5
 * quotes 977 of 1,460 tune numbers (span 1: 974) and 1,013 of 1,558 on the other half (1,008), the same fact 898 /
 * 916 (893 / 910); 2 quotes 975 / 1,022, less on the tune half. Every gold figure stays; cross-validated key recall
 * (warm / cold) 126 / 124 of 141 against 124 / 124 without it.
 * `apart`, added after (blind sample AH, informed: a year's migrant toll pushed a toll since 2000 off the card), moves
 * no gold card at the shipped weights (the fits' objective is flat over its grid: cv-card.ts' cold fits, started at
 * 1000, stay there; its joint fit moves it to 2 in one fold of five), no highlight of cnndm-dev's tune half and one of
 * the other (+1). It was chosen by reading the dev cards each value changes (`npx tsx scripts/figures-cards-trial.ts
 * --exclude docs/audits/blind-ids.txt --try apart=1000`, then 2, 3 and 10, and with `--file dev-bbc.jsonl`): against
 * 1000 (the pick before), 5 frees AH's second toll and changes three cnndm-dev cards, one better ('more than 60 —
 * people killed' in the 2008 attacks for 'thousands of — people seen'), two even, none worse; 2 and 3 also free tolls
 * of one size ('four — people injured' beside 15 and 11 for 'well over 100 — feet'); 10 misses AH's (×6.9).
 * Cross-validated (`npx tsx scripts/cv-card.ts`) warm / cold / joint 126 / 124 / 127, as without it.
 * `salience` 0.5 -> 0.6 (round 44) is the first move of the joint fit on the tune halves (`npx tsx scripts/fit-card.ts
 * --lambda 1 --guard --min-gain 0.5`; the labels had changed since the last fit): the gold's tune half 61 -> 62 of 67
 * key figures, cnndm-dev's tune-half highlights 973 -> 979 of 1,460 (figures-highlights.ts); then checked on the other
 * halves, the held gold 66 of 74 as before and held highlights 1,025 -> 1,031 of 1,558. Its second move, `deep` 0.3
 * (below this grid), gains more highlights but lets background durations of the opening sentences push tolls and money
 * off the dev cards (read by hand: 7 better, 12 worse of 32), and with `duration` 0.3 beside it (11 better, 7 worse of
 * 31) the joint cross-validated line falls 128 -> 126: neither was kept.
 */
export const CARD_WEIGHTS: CardWeights = {
  kind: { casualties: 1, money: 1, people: 0.7, percent: 0.7, count: 0.6, measure: 0.35, rank: 0.3 },
  salience: 0.6,
  lead: 0,
  fallback: 0.5,
  duration: 0.5,
  span: 1.5,
  term: 1.5,
  repeat: 1,
  moved: 1.25,
  about: 2.5,
  deep: 0.5,
  other: 0.3,
  apart: 5,
};
