// What the lines of wire text look like: its date line, a byline, a dateline and a credit.

export const DATE_LINE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})(?:\s+by\s+(.+))?$/i;
// A dateline opens the first paragraph: "Paris:" (one to four capitalised words and a colon), or the
// all-capitals wire form "WASHINGTON (AP) —". A capitalised name before a dash ("Barack Obama — who…") is not one.
export const DATELINE =
  /^(?:((?:[A-Z][\p{L}.'’-]*)(?:[ ,]+[A-Z][\p{L}.'’-]*){0,3})\s*:|((?:[A-Z][A-Z.'’-]+)(?:[ ,]+[A-Z][\p{L}.'’-]*){0,3})(?:\s*\([^)]{1,20}\))?\s+(?:[—–]|--?))\s+/u;
export const DATELINE_ALONE = /^((?:[A-Z][\p{L}.'’-]*)(?:[ ,]+[A-Z][\p{L}.'’-]*){0,3})\s*:$/u;
// A trailing credit line: "- AP", "— Reuters", "(AFP)".
export const CREDIT_LINE = /^(?:[-—–]\s*([A-Z][\w&.' ]{0,40})|\(([A-Z][\w&.' ]{0,40})\))$/;

/** A line that opens like a wire date line (`17/11/2015 …`), whether or not the rest of it is right. */
export const DATE_LINE_START = /^\d{1,2}\/\d{1,2}\/\d{4}(?:\s|$)/;
// A byline on a line of its own ("By Jane Smith", "by Lyse Doucet and Jon Sopel"): capitalised name words only, so a
// body sentence that opens with "By Monday evening, …" is never taken for one.
export const BYLINE_LINE = /^[Bb][Yy]\s+(\p{Lu}[\p{L}.'’-]*(?:,?\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|der|al))*)$/u;
