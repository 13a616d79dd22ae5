import type { Raw } from "#brief/figures/card/figure.ts";
import { closedAside } from "#brief/figures/language/dash-aside.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { backNP } from "#brief/figures/language/noun-phrase.ts";
import { verbSubject } from "#brief/figures/language/subject.ts";
import { changeDirection, changeTopic, changeVerb } from "#brief/figures/language/change-verb.ts";
import { wordedConversion } from "#brief/figures/card/conversion.ts";
import { fallingTo } from "#brief/figures/card/falling-to.ts";
import { alternativeChange } from "#brief/figures/card/alternative-change.ts";
import { changeNounLevel } from "#brief/figures/card/change-noun-level.ts";
import { shareGroup } from "#brief/figures/label/change/share-group.ts";
import { comparedAcross } from "#brief/figures/card/compared-across.ts";
import { insteadEarlier, sameNoun } from "#brief/figures/card/instead-earlier.ts";
import { levelFrom, levelTimeAt } from "#brief/figures/card/old-level.ts";
import { restatedPerPeriod } from "#brief/figures/card/per-period.ts";
import { afterBracket, closerOf } from "#brief/figures/language/bracket-conversion.ts";
import { COMPARATIVES, DETERMINERS, MONTHS, QUANTITY_NOUNS, WEEKDAYS, WHOLE_WINDOWS, YEAR_DIGITS } from "#brief/figures/language/lexicon.ts";
import { isCapitalised, isNamePossessive, isWord, type Tok, upDown } from "#brief/figures/language/tokens.ts";

// Linked amounts within a sentence: conversions, earlier levels and changes.

/**
 * Ties the amounts of one sentence together before they are labelled: a conversion ("$1.13bn (£600m)") and
 * an earlier level ("from 5% to 7%", "from $10.9bn") are dropped into the figure they qualify as `previous`,
 * and a percentage that moved an amount ("jumped 76% to $1.13bn") becomes its `change`.
 */
export function linkAmounts(toks: readonly Tok[], raws: Raw[]): Link[] {
  const links: Link[] = [];
  for (let n = 0; n < raws.length; n++) {
    const r = raws[n];
    if (r === undefined) continue;
    const before = raws[n - 1];
    const total = raws[n + 1];
    // "won 210 of the 400 seats": the 400 is the whole the count is out of, not a figure of its own.
    // "only two of their last 10 League games": the whole may come after a window word.
    const whole = WHOLE_WINDOWS.has(toks[r.e + 2]?.l ?? "") ? r.e + 3 : r.e + 2;
    // "52 of Liverpool's 101 goals": a name's possessive stands where the determiner does.
    const determined = DETERMINERS.has(toks[r.e + 1]?.l ?? "") || isNamePossessive(toks[r.e + 1]);
    // ("Two-thirds of the $9m budget was spent on roads": a sum is no count a part is out of; dropped and typed a count
    // it left the card with nothing, so the money stays a figure of its own.)
    const counted = total?.currency === undefined;
    if (total && counted && !r.percent && r.currency === undefined && isWord(toks[r.e], "of") && determined && total.s === whole) {
      total.drop = true;
      total.type = "count";
      links.push({ from: total, to: r, as: "same" });
    }
    // "taking just 19 points from a possible 72", "scored an astonishing 286 from a potential 300": the most there could
    // have been is the whole the count is out of.
    if (total && !total.drop && possibleWhole(toks, r, total)) {
      total.drop = true;
      total.type = "count";
      links.push({ from: total, to: r, as: "same" });
    }
    // "$1.13bn (£600m)", "$22,000 [£14,395]": a conversion of the same amount.
    // "77m euros (£53m; $100m)", "5 billion reais ($2.3bn or £1.2bn)": every amount of the bracket is a conversion.
    const joins = /^[;,/]$/.test(toks[r.s - 1]?.s ?? "") || isWord(toks[r.s - 1], "or");
    const opens = closerOf(toks[r.s - 1]) !== undefined || (before?.conversion === true && joins);
    if (r.currency !== undefined && before?.currency !== undefined && opens && before.e === r.s - 1) {
      converts(r, before, links);
      continue;
    }
    // "1.5bn euros, that's over £1bn": the same money, said again in words.
    if (before !== undefined && wordedConversion(toks, before, r)) {
      converts(r, before, links);
      continue;
    }
    // "worth £90m over three seasons (or £30m a year)": the same money, divided out by the period (per-period.ts).
    const dividedFrom = restatedPerPeriod(toks, raws, n);
    if (dividedFrom !== undefined) {
      r.drop = true;
      links.push({ from: r, to: dividedFrom, as: "same" });
      continue;
    }
    const after = raws[n + 1];
    // "rose from 5% to 7%", "grew from $2m to $3m": one figure, the new level, that moved from the old.
    // "from 95 million to between 200 and 250 million": the new level may be a range.
    // "fell from 102 in 2003 to 81", "reduced overall debt from £5.2 m in February 2014 to £2.6 m", "from the 3.1%
    // given in June to 1.9%": the time of the old level stands between it and "to" (old-level.ts).
    // "rose from $5 (£3) to $10", "from 5% (£3m) to 7%", "from $5 (up 3%) to $10": a bracket after the old level,
    // a conversion or an aside, stands between it and "to" (its amount, if any, read next).
    const past = afterBracket(toks, r.e);
    const level = after !== undefined && after.s < past ? raws[n + 2] : after;
    const toAt = past + levelTimeAt(toks, past);
    const toNew = level !== undefined && (level.s === toAt + 1 || (level.s === toAt + 2 && isWord(toks[toAt + 1], "between")));
    // "reduced 12 to 9 months": a fall said without "from" (falling-to.ts); its verb stands right before the old level.
    const fromless = fallingTo(toks, r, after);
    // "from a peak of seven million to just 1.5 million": the old level may be named before its amount (old-level.ts).
    const from = levelFrom(toks, r.s);
    const fromTo = level !== undefined && toNew && from >= 0 && isWord(toks[toAt], "to") && level.percent === r.percent && level.currency === r.currency;
    const newLevel = fromless ? after : fromTo ? level : undefined;
    if (newLevel) {
      newLevel.previous = r.value;
      // A fall without "from" (falling-to.ts) is left to label(): the verb's subject set here was overwritten for a
      // count or a duration (rev13), and a rank read with its label kept it ("Arsenal fell 3 to 5th in the table": arsenal).
      if (!fromless) nameMoved(toks, from, newLevel);
      r.drop = true;
      links.push({ from: r, to: newLevel, as: "same" });
      continue;
    }
    // "jumped 76% to $1.13bn": the percentage is the amount's change.
    // "were up 18% at 40.2bn yuan", "closed down 3% at £2.50": "at" names the level the change reached, as "to" does.
    const reached = isWord(toks[r.e], "to") || isWord(toks[r.e], "at");
    if (r.percent && after?.currency !== undefined && reached && after.s === r.e + 1) {
      const v = changeVerb(toks, r.s);
      const dir = changeDirection(toks[v]);
      if (dir) {
        after.change = { value: r.value, unit: "%", direction: dir };
        const subject = changeTopic(toks, r.s, v);
        if (subject) after.label = phrase(toks, subject[0], subject[1]);
        r.drop = true;
        links.push({ from: r, to: after, as: dir });
        continue;
      }
    }
    // "climbed 12 cents or about 2% in early dealing to $6.40": the percent is the level's change (alternative-change).
    if (alternativeChange(toks, raws, n, links)) continue;
    // "a 31% rise in yearly profits to $9.4bn": the noun form of the same change (change-noun-level.ts).
    if (changeNounLevel(toks, raws, n, links)) continue;
    // "$3.36bn, up 27% from …"
    if (r.percent && before?.currency !== undefined && !before.drop && toks[before.e]?.s === "," && r.s === before.e + 2) {
      const dir = upDown(toks[before.e + 1]);
      if (dir && before.change === undefined) {
        before.change = { value: r.value, unit: "%", direction: dir };
        r.drop = true;
        links.push({ from: r, to: before, as: dir });
        continue;
      }
    }
    // "Ethiopia produced 14.27 million tonnes of crops in 2004, 24% higher than in 2003": a percentage that opens
    // the next clause with a comparative and "than" is the change of the amount the clause before gave.
    const moved = r.percent && toks[r.s - 1]?.s === "," && isWord(toks[r.e + 1], "than") ? COMPARATIVES.get(toks[r.e]?.l ?? "") : undefined;
    if (moved !== undefined) {
      const amount = clauseAmount(toks, raws, n);
      if (amount !== undefined) {
        amount.change = { value: r.value, unit: "%", direction: moved };
        r.drop = true;
        links.push({ from: r, to: amount, as: moved });
        continue;
      }
    }
    // "… to $11.1bn from $10.9bn", "£75m, compared with £125m", "43.305, up from a close of 43.41": the earlier amount.
    const fromAt = toks[r.s - 1]?.l.endsWith("'s") ? r.s - 2 : r.s - 1;
    // "77m euros …, up from 38m": after an amount of money, a bare "38m" is the earlier amount, in millions.
    if (r.glued === "m" && r.currency === undefined && isWord(toks[fromAt], "from") && upDown(toks[fromAt - 1]) !== undefined) {
      const money = raws.slice(0, n).reverse().find((x) => !x.drop && x.currency !== undefined && x.previous === undefined);
      if (money !== undefined) {
        money.previous = r.value * 1e6;
        r.drop = true;
        // Listed by `--all` as what it is: the same money, in millions.
        r.value *= 1e6;
        r.currency = money.currency;
        r.glued = undefined;
        links.push({ from: r, to: money, as: "same" });
        continue;
      }
    }
    // "for ten days instead of 24 days last year": an earlier level said with "instead of" (instead-earlier.ts).
    const said = earlierAmount(toks, r, fromAt);
    const instead = !said && insteadEarlier(toks, r, fromAt);
    if (said || instead) {
      for (let m = n - 1; m >= 0; m--) {
        const earlier = raws[m];
        // "64 outbreaks - worryingly 7 in the past fortnight - compared to 81": the aside's amount is passed (dash-aside.ts).
        if (earlier !== undefined && said && closedAside(toks, earlier.s, earlier.e, r.s)) continue;
        if (earlier && !earlier.drop && earlier.currency === r.currency && earlier.percent === r.percent && earlier.previous === undefined) {
          // "in ten minutes instead of 2 hours last year": two times of different units, no earlier level.
          if (instead && !sameNoun(toks, earlier, r)) break;
          r.drop = true;
          // "compared with 30% who opposed it": a rival's amount (compared-across.ts) is no earlier level; it stays off
          // the card as the earlier level did, its words ('who opposed it', 'to overseas buyers') labelling nothing.
          if (/^compar/.test(toks[fromAt - 1]?.l ?? "") && comparedAcross(toks, r.e, earlier)) break;
          earlier.previous = r.value;
          links.push({ from: r, to: earlier, as: "same" });
          break;
        }
      }
    }
  }
  return links;
}

/**
 * What moved to `after` from the old level whose "from" is at `fromAt` ("rose from 5% to 7%"): the subject of the verb
 * before "from" as the label, else the
 * noun phrase before "from" as the context a fallback label takes.
 */
function nameMoved(toks: readonly Tok[], fromAt: number, after: Raw): void {
  // "Arsenal fell from 3rd to 5th in the table": a place's subject is who holds it, not what it counts; a place that
  // read what it is in keeps it ("position in the table").
  if (after.kind === "rank" && after.label !== "") return;
  const v = fromAt - 1;
  if (upDown(toks[v])) {
    // "the proportion of libraries offering Sunday hours has dropped from 64 per cent": the share of the whole group,
    // not the subject's last noun (share-group.ts).
    const group = shareGroup(toks, fromAt);
    const subject = group === undefined ? verbSubject(toks, v) : undefined;
    if (group !== undefined) after.label = group;
    else if (subject) after.label = phrase(toks, subject[0], subject[1]);
    return;
  }
  // "the number of home-grown players in club squads from eight to 12": what moved is named before "from", past an
  // aside ("reduced overall debt, including Thompson family loans, from £5.2 m": sample O's '£2.6 m — club').
  const from = pastAside(toks, fromAt);
  const moved = backNP(toks, from);
  // "the number of mobile users from 95 million": a quantity noun names nothing; what it is of does.
  const of = moved !== undefined && QUANTITY_NOUNS.has(toks[moved[1] - 1]?.l ?? "") && isWord(toks[moved[1]], "of") && moved[1] + 1 < from;
  if (moved === undefined) return;
  const named = of ? phrase(toks, moved[1] + 1, from) : phrase(toks, moved[0], moved[1]);
  // "has reduced overall debt from £5.2 m … to £2.6 m": the object of the change verb is what moved, not the verb's
  // subject the new level's own reading took ("board"); card audit 21's sample O.
  let k = moved[0] - 1;
  while (DETERMINERS.has(toks[k]?.l ?? "") || toks[k]?.pos === "PRON") k--;
  if (!of && upDown(toks[k]) !== undefined) after.label = named;
  else after.context = named;
}

/** Words that open an aside of examples or parts between a noun and what follows it: ", including Thompson family loans,". */
const ASIDE_OPENERS = new Set(["including", "excluding", "notably", "mainly", "mostly", "chiefly"]);

/** How many words such an aside may hold. */
const ASIDE_WORDS = 6;

/** The comma that opens an aside ending right before `f` (", including …,"), else `f` itself. */
function pastAside(toks: readonly Tok[], f: number): number {
  if (toks[f - 1]?.s !== ",") return f;
  for (let k = f - 2; k >= 0 && f - k <= ASIDE_WORDS + 2; k--) {
    if (toks[k]?.s === ",") return ASIDE_OPENERS.has(toks[k + 1]?.l ?? "") ? k : f;
  }
  return f;
}

/**
 * `r` restates `before` in another currency: dropped into the amount first said (past the bracket's earlier
 * conversions, "77m euros (£53m; $100m)"), which keeps it among its conversions.
 */
function converts(r: Raw, before: Raw, links: Link[]): void {
  r.drop = true;
  r.conversion = true;
  const first = before.conversion === true ? (links.find((l) => l.from === before)?.to ?? before) : before;
  if (r.currency !== undefined) (first.conversions ??= []).push({ value: r.value, currency: r.currency });
  links.push({ from: r, to: first, as: "same" });
}

/** Words that make an amount the most there could have been: "from a potential 300", "out of a possible 30". */
const POSSIBLE = new Set(["potential", "possible", "maximum"]);

/**
 * Whether `total` is "from/of/out of a possible N" after the count `r` and at most its noun ("19 points from a possible
 * 72"): a count, not money or a share, in the same clause.
 */
function possibleWhole(toks: readonly Tok[], r: Raw, total: Raw): boolean {
  if (r.percent || r.currency !== undefined || total.percent || total.currency !== undefined) return false;
  if (!POSSIBLE.has(toks[total.s - 1]?.l ?? "") || !(isWord(toks[total.s - 2], "a") || isWord(toks[total.s - 2], "an"))) return false;
  const p = total.s - 3;
  if (!(isWord(toks[p], "from") || isWord(toks[p], "of"))) return false;
  const from = isWord(toks[p - 1], "out") ? p - 1 : p;
  return from >= r.e && from - r.e <= 2 && toks.slice(r.e, from).every((t) => isWord(t) && t.pos === "NOUN");
}

/**
 * A number folded into another figure: a conversion, an earlier value or the whole it is out of counts what that
 * figure counts ("same"); a change is the rise or fall of it.
 */
export interface Link {
  from: Raw;
  to: Raw;
  as: "same" | "up" | "down";
}

/** Once the figures are labelled, each folded number takes its figure's label (for `nutgraf figures --all`). */
export function labelLinked(links: readonly Link[]): void {
  for (const { from, to, as } of links) {
    if (from.label !== "" || to.label === "") continue;
    from.label = as === "same" ? to.label : `${as === "up" ? "rise" : "fall"} in ${to.label}`;
    if (as === "same") from.kind = to.kind;
    else from.kind = "percent";
  }
}

/**
 * The amount of the clause that ends at the comma before raws[n]: the last figure before it, not a percentage and
 * not already given a change, with no comma or semicolon between (so "A, B, 24% higher" does not reach A).
 */
function clauseAmount(toks: readonly Tok[], raws: readonly Raw[], n: number): Raw | undefined {
  const r = raws[n];
  if (r === undefined) return undefined;
  for (let m = n - 1; m >= 0; m--) {
    const a = raws[m];
    if (a === undefined || a.drop) continue;
    if (a.percent || a.change !== undefined || a.previous !== undefined) return undefined;
    for (let k = a.e; k < r.s - 1; k++) if (toks[k]?.s === "," || toks[k]?.s === ";") return undefined;
    return a;
  }
  return undefined;
}

/** Whether the amount starting at token s is an earlier value: "from £194m", "compared with £125m", "up from a close of 43.41". */
function earlierAmount(toks: readonly Tok[], r: Raw, fromAt: number): boolean {
  // "worth from $300 to $1,500 apiece": a range after "from" spans prices; it is no level the amount before moved from.
  if (r.valueMax !== undefined && isWord(toks[fromAt], "from")) return false;
  if (isWord(toks[fromAt], "from") && (r.currency !== undefined || r.percent || upDown(toks[fromAt - 1]) !== undefined)) return true;
  // "69% of over-55s … compared with just 17% of 18 to 24 year olds": a share of another group is a comparison
  // across groups, not the level the first moved from ("£75m, compared with £125m a year earlier" is).
  // So is an amount of another place: "7.5 connections per 100 people, compared to 6.7 in Germany" ("compared with 5% in
  // January" is a level it moved from).
  if ((isWord(toks[fromAt], "with") || isWord(toks[fromAt], "to")) && /^compar/.test(toks[fromAt - 1]?.l ?? "")) {
    // "34 per cent compared to Labour's 30 per cent", "122 men, compared to Broadmoor's 210": another owner's amount is
    // a comparison, not the level it moved from; a time's is ("compared to October's £4.29m", "last year's").
    if (fromAt !== r.s - 1 && !timeOwner(toks[r.s - 1]!.l)) return false;
    const place = isWord(toks[r.e], "in") && isWord(toks[r.e + 1]) && isCapitalised(toks[r.e + 1]!) && !MONTHS.has(toks[r.e + 1]!.l) && !WEEKDAYS.has(toks[r.e + 1]!.l);
    return !place && !(r.percent && (isWord(toks[r.e], "of") || isWord(toks[r.e], "among")));
  }
  // "up from a close of 43.41": "from" a few words before, through "a close of".
  for (let k = fromAt; k >= 0 && fromAt - k < 4; k--) {
    if (isWord(toks[k], "from") && upDown(toks[k - 1]) !== undefined) return isWord(toks[fromAt], "of");
  }
  return false;
}

/** Words of time an owner's amount may be an earlier level of: "October's", "last year's", "2013's", "Monday's". */
const TIME_OWNERS = new Set(["year", "week", "month", "quarter", "season", "day", "today", "yesterday", "decade", "period", "time"]);

/** Whether an owner's word ("october's", "year's") is a time, whose amount is an earlier level. */
function timeOwner(word: string): boolean {
  const bareWord = word.replace(/['’]s?$/, "");
  return MONTHS.has(bareWord) || WEEKDAYS.has(bareWord) || TIME_OWNERS.has(bareWord) || YEAR_DIGITS.test(bareWord);
}
