import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "a less than stunning 2.8 GPA", "a 3.9 grade point average": a student's grade point average is a score on a scale
// of four or five, like a match's result no count of anything. Read before "GPA" it was listed as an identifier (a
// capitalised code after digits), before the spelled-out words as a count of 'grade point average' a card could hold.

/** The highest grade point average a scale gives. */
const TOP = 5;

/** The token after a grade point average starting at `j` ("GPA", "grade point average"), or -1 when `j` is none. */
function averageEnd(toks: readonly Tok[], j: number): number {
  if (isWord(toks[j], "gpa")) return j + 1;
  const grade = toks[j];
  // "grade point average", "grade-point average".
  if (isWord(grade, "grade-point")) return isWord(toks[j + 1], "average") ? j + 2 : -1;
  return isWord(grade, "grade") && isWord(toks[j + 1], "point") && isWord(toks[j + 2], "average") ? j + 3 : -1;
}

/** Where a grade point average of `value` read up to `j` ends, when it is one; else undefined. */
export function gradeAverage(toks: readonly Tok[], j: number, value: number): number | undefined {
  if (value <= 0 || value > TOP) return undefined;
  const end = averageEnd(toks, j);
  return end < 0 ? undefined : end;
}
