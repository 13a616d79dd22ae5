import type { Raw } from "#brief/figures/card/figure.ts";
import type { Core } from "#brief/figures/read/amount/read-core.ts";

// A read figure and its number each in one object layout, for speed only: what they hold is unchanged.
//
// The readers build a figure's fields in many orders (each reader its own, each optional field only when it holds), and
// labelling adds more as it goes, so the same code met figures of dozens of layouts; so too the numbers readCore's
// steps build. JavaScript engines read a field fast from objects of one layout (or a few) and slowly, through a general
// look-up, from many. Copied onto all of their fields as soon as they are read, they keep one layout each.
// `npx tsx scripts/brief-ab.ts BASE BRANCH 10 figures`, both orders, says what it saved (the commits that made it).

/**
 * The figure with every field of Raw (an unset one undefined, as reading it gave before), always in this order. One
 * literal rather than a copy of an all-undefined object then Object.assign: the engine builds a literal in its one
 * layout at once, where the assign defined each field through a generic path (about a per cent of a brief's time:
 * every number read passes here). `satisfies` names every field of Raw: TypeScript fails here when Raw gains a field,
 * so none is left out.
 */
export function rawLayout(r: Raw): Raw {
  return {
    s: r.s, core: r.core, e: r.e, value: r.value, valueMax: r.valueMax, qualifier: r.qualifier, currency: r.currency,
    percent: r.percent, points: r.points, ordinal: r.ordinal, words: r.words, compound: r.compound, glued: r.glued, label: r.label, placed: r.placed,
    kind: r.kind, type: r.type, unit: r.unit, rejected: r.rejected, fallback: r.fallback, factor: r.factor, change: r.change,
    previous: r.previous, drop: r.drop, fold: r.fold, period: r.period, context: r.context, conversion: r.conversion, conversions: r.conversions,
    clock: r.clock, noun: r.noun, deed: r.deed, owner: r.owner, part: r.part, raceTime: r.raceTime, one: r.one, whole: r.whole, scale: r.scale, from: r.from, to: r.to,
  } satisfies Record<keyof Raw, unknown>;
}

/** The number with every field of Core (an unset one undefined), always in this order: one literal, as rawLayout. */
export function coreLayout(c: Core): Core {
  return {
    value: c.value, end: c.end, digits: c.digits, exponent: c.exponent, ordinal: c.ordinal, words: c.words, vague: c.vague,
    compound: c.compound, bareM: c.bareM, fraction: c.fraction,
  } satisfies Record<keyof Core, unknown>;
}
