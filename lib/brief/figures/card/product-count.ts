import type { Raw } from "#brief/figures/card/figure.ts";

// "Harbor Capital expects 4 million units while Westgate Analytics forecasts 15 million": a named forecaster's count
// (forecast-object.ts) is a forecast of what the story sells, whatever the headline calls it (a "smart watch" is never
// "units"), so no headline word lifts it; ranked as an incidental count under a share price and a markup restating a
// listing, both forecasts fell off a launch story's card (card-audit-53's made-up shape 7). A forecast is what launch
// and sales stories report: it counts the topic. Bare "units sold" were lifted too at first, but on the dev cards they
// were as often a comparator's ("the first iPhone, which sold 700,000 units" in a story of a watch's launch).

/** A label that names whose forecast the count is (forecast-object.ts). */
const FORECAST = / forecast by /;

/** Whether a count is a named forecaster's forecast of the story's product. */
export const countsProduct = (r: Raw, label: string): boolean => r.kind === "count" && FORECAST.test(label);
