// The verbs of forecasting, one family for the three readers that take a forecast from one. Each reads its own slice
// of it, on purpose: expected-change.ts every form ("expect rents to rise", "forecasts a 5% fall"), forecast-object.ts
// a named forecaster's finite verb ("Kestrel Partners expects 6 million"), relative.ts the past in a zero relative
// ("the £60m brokers had forecast"), with verbs of its own beside it.

/** A verb of forecasting: its forms, and the word a forecast change is labelled with ('expected rise in rents'). */
interface ForecastVerb {
  readonly base: string;
  readonly third: string;
  /** Past tense and participle. */
  readonly past: readonly string[];
  readonly word: string;
}

const FORECASTING: readonly ForecastVerb[] = [
  { base: "expect", third: "expects", past: ["expected"], word: "expected" },
  { base: "forecast", third: "forecasts", past: ["forecast", "forecasted"], word: "forecast" },
  { base: "predict", third: "predicts", past: ["predicted"], word: "predicted" },
  { base: "project", third: "projects", past: ["projected"], word: "projected" },
];

/** Every form of a verb of forecasting, by the word its forecast is labelled with ("expects" → 'expected'). */
export const FORECAST_WORDS: ReadonlyMap<string, string> = new Map(
  FORECASTING.flatMap((v) => [v.base, v.third, ...v.past].map((form): [string, string] => [form, v.word])),
);

/** The third person and past forms: what a single named forecaster's verb is ("Kestrel Partners expects"). */
export const FORECAST_FINITE: ReadonlySet<string> = new Set(FORECASTING.flatMap((v) => [v.third, ...v.past]));

/** The past forms: "the 3% analysts had forecast". */
export const FORECAST_PAST: ReadonlySet<string> = new Set(FORECASTING.flatMap((v) => v.past));
