import type { Raw } from "#brief/figures/card/figure.ts";
import type { Core } from "#brief/figures/read/amount/read-core.ts";

// A read figure and its number each in one object layout, for speed only: what they hold is unchanged.
//
// The readers build a figure's fields in many orders (each reader its own, each optional field only when it holds), and
// labelling adds more as it goes, so the same code met figures of dozens of layouts; so too the numbers readCore's
// steps build. JavaScript engines read a field fast from objects of one layout (or a few) and slowly, through a general
// look-up, from many. Copied onto all of their fields as soon as they are read, they keep one layout each.
// `npx tsx scripts/brief-ab.ts BASE BRANCH 10 figures`, both orders, says what it saved (the commits that made it).

/** Every field of Raw, unset, in one order: TypeScript fails here when Raw gains a field, so none is left out. */
const RAW_FIELDS: Record<keyof Raw, undefined> = {
  s: undefined, core: undefined, e: undefined, value: undefined, valueMax: undefined, qualifier: undefined, currency: undefined,
  percent: undefined, points: undefined, ordinal: undefined, words: undefined, compound: undefined, glued: undefined, label: undefined, placed: undefined,
  kind: undefined, type: undefined, unit: undefined, rejected: undefined, fallback: undefined, factor: undefined, change: undefined,
  previous: undefined, drop: undefined, fold: undefined, period: undefined, context: undefined, conversion: undefined, conversions: undefined,
  clock: undefined, noun: undefined, deed: undefined, owner: undefined, raceTime: undefined, one: undefined, whole: undefined, scale: undefined, from: undefined, to: undefined,
};

/** The figure with every field of Raw (an unset one undefined, as reading it gave before), in RAW_FIELDS' order. */
export function rawLayout(r: Raw): Raw {
  return Object.assign({ ...RAW_FIELDS }, r);
}

/** Every field of Core, unset, in one order (as RAW_FIELDS). */
const CORE_FIELDS: Record<keyof Core, undefined> = {
  value: undefined, end: undefined, digits: undefined, exponent: undefined, ordinal: undefined, words: undefined, vague: undefined,
  compound: undefined, bareM: undefined, fraction: undefined,
};

/** The number with every field of Core (an unset one undefined), in CORE_FIELDS' order. */
export function coreLayout(c: Core): Core {
  return Object.assign({ ...CORE_FIELDS }, c);
}
