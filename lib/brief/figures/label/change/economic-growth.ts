// "Britain was the best performing major economy in the developed world last year, with growth of 2.8 per cent",
// "The IMF is forecasting 'solid' growth of 2.7 per cent" after "one of the fastest growing major economies": a percent
// labelled "growth" alone says how but not what grew (card audits: a change labelled by the change alone is bad). In
// a sentence that names the economy or its output (or right after one), the growth is the economy's; anywhere else
// ("The ONS revised the annual rate of growth" after "Retail sales dropped") the label stays as it was.

/** Words that name an economy or its output: "economy", "economies", "economic", "GDP", "gross domestic product". */
const ECONOMY = /\b(?:econom(?:y|ies|ic)|GDP|gross domestic product)\b/i;

/** "growth" alone, or growth expected or forecast (expected-change.ts: "forecasts growth of 4%" → 'forecast growth'). */
const GROWTH = /^((?:expected|forecast|predicted|projected) )?growth$/;

/**
 * "economic growth" for a percent labelled "growth" alone (or 'forecast growth') in or right after a sentence naming the economy (`before`
 * gives the sentence before, read only when needed), else undefined.
 */
export function economicGrowth(label: string, percent: boolean, text: string, before: () => string | undefined): string | undefined {
  const growth = percent ? GROWTH.exec(label) : null;
  if (growth === null) return undefined;
  return ECONOMY.test(text) || ECONOMY.test(before() ?? "") ? `${growth[1] ?? ""}economic growth` : undefined;
}
