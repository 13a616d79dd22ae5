import { compareVersions, describeMove, type StoryChanges } from "#brief/changes.ts";
import type { ArticleStore, StoredArticle } from "#store/store.ts";
import type { Digest, DigestStory } from "#digest/digest.ts";

/** Compares two stored versions of a story, older first (lib/briefs.ts's `changesBetween` reads stored briefs). */
export type CompareFn = (older: StoredArticle, newer: StoredArticle) => StoryChanges;

/** What a digest says of a story the channel may have seen before in an earlier version. */
export interface DigestUpdate {
  /** The version that was current before this digest's window, and the one shown now. */
  fromVersion: number;
  toVersion: number;
  /** The key figures that moved since then, as an editor reads them: "people killed: at least 129 → 132". */
  moved: string[];
  headlineChanged: boolean;
}

/**
 * Marks the digest's stories that were rewritten since the previous digest: a story whose latest version falls in
 * the window but which already had a version before it. The baseline is the newest version dated before the
 * window, the one an earlier digest (or `/brief`) could have shown. Only the stories shown are looked at: at most a
 * handful of `versions` reads, and none for stories that have one version.
 */
export async function markUpdates(
  digest: Digest,
  store: ArticleStore,
  versionOf: ReadonlyMap<string, number>,
  compare: CompareFn = (older, newer) => compareVersions(older, newer),
): Promise<Digest> {
  const since = Date.parse(digest.since);
  const stories: DigestStory[] = [];
  for (const story of digest.stories) {
    if ((versionOf.get(story.id) ?? 1) < 2) {
      stories.push(story);
      continue;
    }
    const versions = await store.versions(story.id);
    const latest = versions.at(-1);
    const before = versions.filter((v) => Date.parse(v.publishedAt) < since).at(-1);
    if (!latest || !before || before.version === latest.version) {
      stories.push(story);
      continue;
    }
    const changes = compare(before, latest);
    const update: DigestUpdate = {
      fromVersion: before.version,
      toVersion: latest.version,
      moved: changes.figures.moved.map(describeMove),
      headlineChanged: changes.headline !== undefined,
    };
    stories.push({ ...story, update });
  }
  return { ...digest, stories };
}
