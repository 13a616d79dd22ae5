/** One algorithm of the brief, as recorded: its fingerprint and the sha256 (16 hex) of its briefs of the corpus. */
export interface RecordedAlgorithm {
  fingerprint: string;
  briefs: string;
}

/**
 * Every algorithm the brief has had, oldest first; the generation of one is its place here (from 1). Written by
 * `npx tsx scripts/brief-algorithm.ts` (which only ever appends); lib/brief/algorithm.ts explains why.
 */
export const BRIEF_HISTORY: readonly RecordedAlgorithm[] = [
  { fingerprint: "89219e21061eb3ec", briefs: "4ead4e26536771e8" },
  { fingerprint: "e59c3a6ebeb26456", briefs: "9ddb84f5012f86f2" },
  { fingerprint: "57e2f403db585311", briefs: "2e206cd14c22fe33" },
  { fingerprint: "3d6fe1e80a63a77f", briefs: "739339e5ee9c11f3" },
  { fingerprint: "c23a651dc2d7001d", briefs: "e0628c2a0b22147e" },
  { fingerprint: "c23a651dc2d7001d", briefs: "6fd520832f85f96f" },
  { fingerprint: "1aa03744eda4c091", briefs: "38b71d69b867c390" },
  { fingerprint: "f2ea98a5b2d65613", briefs: "e2b5ff568b33edd0" },
  { fingerprint: "27dc515a77c97606", briefs: "4933c77537321574" },
  { fingerprint: "27dc515a77c97606", briefs: "0144c4113699b27b" },
  { fingerprint: "27dc515a77c97606", briefs: "a87a1eb53cc4a375" },
  { fingerprint: "27dc515a77c97606", briefs: "a77142632d81b7c2" },
  { fingerprint: "27dc515a77c97606", briefs: "1890e4c308bb7c5b" },
  { fingerprint: "27dc515a77c97606", briefs: "386bfb041e306f12" },
  { fingerprint: "27dc515a77c97606", briefs: "0f556d20da19372d" },
  { fingerprint: "27dc515a77c97606", briefs: "14ff095856400db5" },
  { fingerprint: "27dc515a77c97606", briefs: "44f6af930b560ef2" },
  { fingerprint: "27dc515a77c97606", briefs: "7458e38ace7dda15" },
  { fingerprint: "27dc515a77c97606", briefs: "e83edaac024c27bb" },
  { fingerprint: "27dc515a77c97606", briefs: "685d0c0e6a6c9d06" },
  { fingerprint: "27dc515a77c97606", briefs: "f76fa2061a59daec" },
  { fingerprint: "27dc515a77c97606", briefs: "f5a2cda51863dc7a" },
  { fingerprint: "27dc515a77c97606", briefs: "7b5047e966f84ae8" },
  { fingerprint: "27dc515a77c97606", briefs: "eec39ac155c49f90" },
  { fingerprint: "27dc515a77c97606", briefs: "6eec3732c59ad2fd" },
  { fingerprint: "27dc515a77c97606", briefs: "e5e7259ee1e6ae80" },
  { fingerprint: "27dc515a77c97606", briefs: "0ed1a59f614c6ed4" },
  { fingerprint: "27dc515a77c97606", briefs: "2f6554059fffc242" },
  { fingerprint: "27dc515a77c97606", briefs: "44036025e0f25dd0" },
  { fingerprint: "27dc515a77c97606", briefs: "c2d6e5cdf285f001" },
  { fingerprint: "27dc515a77c97606", briefs: "3774d1648839157a" },
  { fingerprint: "27dc515a77c97606", briefs: "7a80844a16265a38" },
  { fingerprint: "27dc515a77c97606", briefs: "9a5267e13a9a3932" },
  { fingerprint: "27dc515a77c97606", briefs: "cf59471798bfed39" },
  { fingerprint: "27dc515a77c97606", briefs: "c507dd5f06cf963e" },
  { fingerprint: "27dc515a77c97606", briefs: "a187d88a03069ede" },
  { fingerprint: "27dc515a77c97606", briefs: "7a10249e960abd72" },
  { fingerprint: "27dc515a77c97606", briefs: "58b6c53fe8cb034d" },
  { fingerprint: "cba4ae0418eb55b0", briefs: "58b6c53fe8cb034d" },
  { fingerprint: "2218978a68f5af79", briefs: "fc942299a2b5df24" },
  { fingerprint: "2218978a68f5af79", briefs: "ec10b852a2f9fcb7" },
  { fingerprint: "70843b1f8a5266ce", briefs: "ec10b852a2f9fcb7" },
  { fingerprint: "fccc776fe727e4a8", briefs: "be486adfe32e76de" },
  { fingerprint: "0be140771dfa5a53", briefs: "be486adfe32e76de" },
  { fingerprint: "0be140771dfa5a53", briefs: "599865fca75cbbdd" },
  { fingerprint: "0be140771dfa5a53", briefs: "638b6dfc901acc0c" },
  { fingerprint: "0be140771dfa5a53", briefs: "9d956cc51f09ac70" },
  { fingerprint: "0be140771dfa5a53", briefs: "15a27bc14a09599f" },
  { fingerprint: "0be140771dfa5a53", briefs: "86868048fcded03f" },
  { fingerprint: "8e3921a531a813f5", briefs: "86868048fcded03f" },
  { fingerprint: "8e3921a531a813f5", briefs: "1960c2d455901ace" },
  { fingerprint: "8e3921a531a813f5", briefs: "76b35d07ba0fc37b" },
];
