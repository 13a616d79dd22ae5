import { fileURLToPath } from "node:url";
import { DynamoDBDocumentClient, GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { BRIEF_ALGORITHM, type BriefAlgorithm } from "#brief/algorithm.ts";
import { briefArticle, type BriefOptions } from "#brief/brief.ts";
import { ALL_FIGURES, compareVersions } from "#brief/changes.ts";
import { prepareBrief } from "#brief/stored.ts";
import { BriefReader, brieferFor, briefer, changesBetween, rebriefAll, resolveBrief } from "#lib/briefs.ts";
import { createLogger } from "#lib/log.ts";
import { contentHash, parseJsonArticle } from "#news/article.ts";
import { articleItem, latestItem } from "#store/article-item.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { itemBytes, MAX_ITEM_BYTES } from "#store/item-size.ts";
import { TABLE_KEYS } from "#store/table.ts";
import { seedStore } from "#store/seed.ts";
import type { BriefRecord, Briefer, StoredArticle } from "#store/store.ts";
import { createDynamoClient } from "#store/dynamo-client.ts";
import { useEngineSuite } from "#test/helpers/engine-suite.ts";
import { startFaultProxy } from "#test/helpers/fault-proxy.ts";

// The brief stored with each version, through the real store on both engines: what `/brief`, `/brief latest`,
// `/brief figures`, the digest and `changes` ask of it comes back byte-identical to a fresh brief, and the
// conditional write keeps the newest algorithm's brief whatever order two deployments write in.

const SEEDS = fileURLToPath(new URL("../seeds/", import.meta.url));
/** Every reader's ask: /brief, latest, figures, the digest's, changes'. */
const ASKS: BriefOptions[] = [{}, { bullets: 1, figures: 1 }, { bullets: 1, figures: 10 }, { bullets: 2, figures: 1 }, { figures: ALL_FIGURES }, { bullets: 10 }];

const algorithm = (generation: number, tag = "test"): BriefAlgorithm => ({ id: `${generation}.${tag}`, generation, recorded: true });
const storedAlgorithm = (a: StoredArticle | undefined) => (a?.brief && "algorithm" in a.brief ? a.brief.algorithm : a?.brief);

for (const engine of ["dynalite", "dynamodb-local"] as const) {
  describe(`the brief stored with each version (${engine})`, () => {
    const suite = useEngineSuite(engine);

    async function freshStore(make = briefer) {
      const table = await suite.server.table();
      suite.open.push(table);
      return { table, store: new DynamoArticleStore({ client: table.client, tableName: table.tableName, briefer: make }) };
    }

    it("is stored by seeding and read back byte-identical to a fresh brief, for every seed and every reader's ask", async () => {
      const { store } = await freshStore();
      const report = await seedStore(store, SEEDS);
      expect(report.rejected).toEqual([]);
      const stored = await store.latest(100);
      expect(stored.length).toBe(report.loaded.length);
      for (const article of stored) {
        expect(storedAlgorithm(article), article.id).toBe(BRIEF_ALGORITHM.id);
        for (const ask of ASKS) {
          const { brief, source } = resolveBrief(article, ask);
          expect(source, `${article.id} ${JSON.stringify(ask)}`).toEqual({ from: "stored" });
          expect(JSON.stringify(brief)).toBe(JSON.stringify(briefArticle(article, ask)));
        }
      }
    });

    it("keeps each version's brief when the story changes, so an earlier version's is there for `changes`", async () => {
      const { store } = await freshStore();
      const first = parseJsonArticle({ id: "quake", headline: "Quake kills 129", publishedAt: "2026-11-24T08:00:00Z", paragraphs: ["At least 129 people were killed when the quake struck at dawn, officials said on Tuesday.", "Rescuers searched collapsed buildings through the night."] });
      const second = parseJsonArticle({ ...first, headline: "Quake kills 132", paragraphs: ["At least 132 people were killed when the quake struck at dawn, officials said on Tuesday.", "Rescuers searched collapsed buildings through the night."] });
      await store.put(first);
      await store.put(second);
      const [v1, v2] = await store.versions("quake");
      for (const v of [v1!, v2!]) {
        const { brief, source } = resolveBrief(v, { figures: ALL_FIGURES });
        expect(source).toEqual({ from: "stored" });
        expect(JSON.stringify(brief)).toBe(JSON.stringify(briefArticle(v, { figures: ALL_FIGURES })));
      }
      expect(resolveBrief(v1!).brief.figures[0]?.display).toBe("At least 129");
      expect(JSON.stringify(changesBetween(v1!, v2!))).toBe(JSON.stringify(compareVersions(v1!, v2!)));

      // An earlier version whose brief another algorithm stored (here: one claiming "132" was always there) is briefed
      // afresh, so both sides come from the running algorithm and the move is still reported.
      const prepared = prepareBrief(v1!);
      const other = { ...prepared, figures: prepareBrief(v2!).figures };
      const withOther = { ...v1!, brief: { algorithm: "1.other", generation: 1, body: JSON.stringify(other) } };
      const changes = changesBetween(withOther, v2!);
      expect(changes.figures.moved.map((m) => `${m.from} → ${m.to}`)).toEqual(["At least 129 → At least 132"]);
      // Under the running algorithm's id the same stored brief would be used (and the move hidden): the id is the guard.
      const trusted = { ...withOther, brief: { ...withOther.brief, algorithm: BRIEF_ALGORITHM.id, generation: BRIEF_ALGORITHM.generation } };
      expect(changesBetween(trusted, v2!).figures.moved).toEqual([]);
    });

    it("a write-back never lets a lower generation replace a higher one, nor lands on a version that moved on", async () => {
      const { store } = await freshStore(brieferFor(algorithm(2)));
      const article = parseJsonArticle({ id: "rollout", headline: "Council approves budget", publishedAt: "2026-11-24T08:00:00Z", paragraphs: ["The council approved a budget of $12m for road repairs on Tuesday after a long debate."] });
      await store.put(article);
      const v1 = (await store.get("rollout"))!;
      expect(storedAlgorithm(v1)).toBe("2.test");
      const record = (a: BriefAlgorithm): BriefRecord => brieferFor(a).brief(v1)!;

      // The old deployment (generation 1), still running during the rollout, reads and writes back: refused.
      expect(await store.saveBrief(v1, record(algorithm(1)), "older")).toBe("kept");
      expect(await store.saveBrief(v1, record(algorithm(1)), "same-or-older")).toBe("kept");
      // Same generation, other build: not ordered, so not replaced; repairing (same-or-older) may.
      expect(await store.saveBrief(v1, record(algorithm(2, "other")), "older")).toBe("kept");
      expect(storedAlgorithm(await store.get("rollout"))).toBe("2.test");
      expect(await store.saveBrief(v1, record(algorithm(2, "other")), "same-or-older")).toBe("saved");
      expect(await store.saveBrief(v1, record(algorithm(3)), "older")).toBe("saved");
      expect(storedAlgorithm(await store.get("rollout"))).toBe("3.test");
      // After a rollback, only --force ("any") goes back.
      expect(await store.saveBrief(v1, record(algorithm(1)), "any")).toBe("saved");
      expect(storedAlgorithm(await store.get("rollout"))).toBe("1.test");

      // A reader that briefed version 1 never stamps its brief on version 2.
      await store.put(parseJsonArticle({ ...article, headline: "Council approves bigger budget" }));
      expect(await store.saveBrief(v1, record(algorithm(9)), "any")).toBe("kept");
      const v2 = (await store.get("rollout"))!;
      expect(v2.version).toBe(2);
      expect(storedAlgorithm(v2)).toBe("2.test");
      // Nor on a story that is not there.
      expect(await store.saveBrief({ ...v1, id: "gone" }, record(algorithm(9)), "any")).toBe("kept");
      expect(await store.get("gone")).toBeUndefined();
    });

    it("a write-back lands only on the text it was briefed from: same version, other content hash, refused", async () => {
      const { store, table } = await freshStore(brieferFor(algorithm(2)));
      const article = parseJsonArticle({ id: "corrected", headline: "Fire destroys warehouse", publishedAt: "2026-11-24T08:00:00Z", paragraphs: ["A fire destroyed a warehouse on the docks on Sunday, causing $3m of damage, the fire service said."] });
      await store.put(article);
      const before = (await store.get("corrected"))!;
      // An operator corrects the figure in place (same version number) and drops the brief of the old text, so
      // the only thing that can stop a reader still holding the old text from stamping its brief is the hash.
      const paragraphs = ["A fire destroyed a warehouse on the docks on Sunday, causing $30m of damage, the fire service said."];
      const hash = contentHash(article.headline, paragraphs);
      await DynamoDBDocumentClient.from(table.client).send(
        new UpdateCommand({
          TableName: table.tableName,
          Key: { pk: "ART#corrected", sk: "LATEST" },
          UpdateExpression: "SET paragraphs = :p, contentHash = :h REMOVE brief, briefAlgorithm, briefGeneration",
          ExpressionAttributeValues: { ":p": paragraphs, ":h": hash },
        }),
      );
      const after = (await store.get("corrected"))!;
      expect(after.version).toBe(before.version);
      expect(after.brief).toBeUndefined();

      // The brief of "$3m", from a reader that read before the correction: every other guard passes (version equal,
      // no brief stored), so only `contentHash = :h` refuses it.
      expect(await store.saveBrief(before, brieferFor(algorithm(3)).brief(before)!, "older")).toBe("kept");
      expect((await store.get("corrected"))!.brief).toBeUndefined();
      // The corrected text's own brief lands, and reads back as the brief of "$30m".
      expect(await store.saveBrief(after, brieferFor(algorithm(3)).brief(after)!, "older")).toBe("saved");
      const stored = (await store.get("corrected"))!;
      expect(storedAlgorithm(stored)).toBe("3.test");
      expect(resolveBrief(stored, {}, algorithm(3)).brief.figures.map((f) => f.display)).toEqual(["$30m"]);
    });

    it("writes computed briefs back at most 8 at a time, and all of them by flush()", async () => {
      const { table } = await freshStore();
      const plain = new DynamoArticleStore({ client: table.client, tableName: table.tableName });
      const stories = Array.from({ length: 12 }, (_, i) =>
        parseJsonArticle({ id: `wb${i}`, headline: `Harbour works update ${i}`, publishedAt: "2026-11-24T08:00:00Z", paragraphs: [`Crews repaired ${i + 3} berths at the harbour on Monday, the port said.`] }),
      );
      for (const story of stories) await plain.put(story);
      const stored = await Promise.all(stories.map(async (s) => (await plain.get(s.id))!));
      const proxy = await startFaultProxy(suite.server.endpoint);
      suite.open.push(proxy);
      const client = createDynamoClient({ endpoint: proxy.endpoint, requestTimeoutMs: 20_000 });
      suite.open.push(client);
      const reader = new BriefReader(new DynamoArticleStore({ client, tableName: table.tableName }), createLogger({ sink: () => undefined }));
      // A paused table: every write-back sent waits at the proxy, so `held` counts the ones in flight.
      proxy.pause();
      for (const article of stored) reader.brief(article);
      await expect.poll(() => proxy.held).toBe(8);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(proxy.held).toBe(8);
      proxy.heal();
      await reader.flush();
      expect(reader.counts).toEqual({ stored: 0, computed: 12, written: 12 });
      for (const article of await plain.latest(20)) expect(storedAlgorithm(article), article.id).toBe(BRIEF_ALGORITHM.id);
    });

    it("reads damaged brief attributes as unreadable (the story still reads), and a repair replaces them", async () => {
      const { store, table } = await freshStore();
      await store.put(parseJsonArticle({ id: "damaged", headline: "Storm closes schools", publishedAt: "2026-11-24T08:00:00Z", paragraphs: ["Forty schools closed on Monday as the storm brought down power lines across the county."] }));
      const doc = DynamoDBDocumentClient.from(table.client);
      const key = { pk: "ART#damaged", sk: "LATEST" };
      await doc.send(new UpdateCommand({ TableName: table.tableName, Key: key, UpdateExpression: "SET briefGeneration = :bad", ExpressionAttributeValues: { ":bad": "three" } }));
      const damaged = (await store.get("damaged"))!;
      expect(damaged.headline).toBe("Storm closes schools");
      expect(damaged.brief).toEqual({ unreadable: "briefGeneration is not a whole number of 1 or more" });
      const resolved = resolveBrief(damaged);
      expect(resolved.source).toMatchObject({ from: "computed", damaged: true, writeBack: "same-or-older" });
      expect(JSON.stringify(resolved.brief)).toBe(JSON.stringify(briefArticle(damaged)));
      // A generation that is not a number is replaced even by "older": no generation can be compared with it.
      expect(await store.saveBrief(damaged, resolved.record!, "older")).toBe("saved");
      expect(resolveBrief((await store.get("damaged"))!).source).toEqual({ from: "stored" });

      await doc.send(new UpdateCommand({ TableName: table.tableName, Key: key, UpdateExpression: "SET brief = :bad", ExpressionAttributeValues: { ":bad": "{not json" } }));
      const garbled = (await store.get("damaged"))!;
      const again = resolveBrief(garbled);
      expect(again.source).toMatchObject({ from: "computed", damaged: true, reason: expect.stringMatching(/stored brief damaged: not JSON/) });
      expect(await store.saveBrief(garbled, again.record!, again.source.from === "computed" ? again.source.writeBack : "older")).toBe("saved");
      expect(resolveBrief((await store.get("damaged"))!).source).toEqual({ from: "stored" });
    });

    it("sizes a brief against the LATEST item as stored, index keys included: at 400 KB saved, a byte over refused", async () => {
      const { store } = await freshStore();
      const paragraphs = Array.from({ length: 1500 }, (_, i) => `Paragraph ${i} of the inquiry's report lists ${i + 3} findings about the contract and who approved it.`);
      await store.put(parseJsonArticle({ id: "edge", headline: "Inquiry report published in full", publishedAt: "2026-11-24T08:00:00Z", paragraphs }));
      const stored = (await store.get("edge"))!;
      // The estimate of the item as LATEST carries it (its time-index keys too), for a brief of `n` bytes.
      const record = (n: number): BriefRecord => ({ algorithm: "9.test", generation: 9, body: "x".repeat(n) });
      const estimate = (n: number) => itemBytes(latestItem(`${TABLE_KEYS.prefixes.article}edge`, articleItem(stored, stored.version, record(n))));
      const fits = MAX_ITEM_BYTES - estimate(0);
      expect(estimate(fits)).toBe(MAX_ITEM_BYTES);
      expect(await store.saveBrief(stored, record(fits + 1), "any")).toBe("too-large");
      expect(await store.saveBrief(stored, record(fits), "any")).toBe("saved");
    });

    it("refuses a brief that would take an item past 400 KB, and stores a big story without one", async () => {
      const { store, table } = await freshStore();
      // ~135 KB of story: its own brief fits; one of 300 KB would not.
      const paragraphs = Array.from({ length: 1500 }, (_, i) => `Paragraph ${i} of the inquiry's report lists ${i + 3} findings about the contract and who approved it.`);
      const big = parseJsonArticle({ id: "big", headline: "Inquiry report published in full", publishedAt: "2026-11-24T08:00:00Z", paragraphs });
      await store.put(big);
      const stored = (await store.get("big"))!;
      expect(storedAlgorithm(stored)).toBe(BRIEF_ALGORITHM.id);
      const huge: BriefRecord = { algorithm: "9.test", generation: 9, body: "x".repeat(300 * 1024) };
      expect(await store.saveBrief(stored, huge, "any")).toBe("too-large");
      const item = await DynamoDBDocumentClient.from(table.client).send(new GetCommand({ TableName: table.tableName, Key: { pk: "ART#big", sk: "LATEST" } }));
      expect(item.Item?.briefAlgorithm).toBe(BRIEF_ALGORITHM.id);

      // A put whose brief would overflow the item stores the story without one (never fails the story's write).
      const bloated: Briefer = { generation: 9, algorithm: "9.test", brief: () => huge };
      const bigStore = new DynamoArticleStore({ client: table.client, tableName: table.tableName, briefer: bloated });
      expect(await bigStore.put({ ...big, id: "big-too" })).toEqual({ status: "created", version: 1 });
      const without = (await store.get("big-too"))!;
      expect(without.paragraphs).toHaveLength(1500);
      expect(without.brief).toBeUndefined();
    });

    it("stores the story even when its brief cannot be made (readers compute it then)", async () => {
      const failing: Briefer = { generation: 1, algorithm: "1.failing", brief: () => { throw new Error("ranking bug"); } };
      const { store } = await freshStore(failing);
      const article = parseJsonArticle({ id: "kept", headline: "Bridge reopens", publishedAt: "2026-11-24T08:00:00Z", paragraphs: ["The bridge reopened to traffic on Monday after six months of repairs costing $4m."] });
      expect(await store.put(article)).toEqual({ status: "created", version: 1 });
      const stored = (await store.get("kept"))!;
      expect(stored.brief).toBeUndefined();
      expect(JSON.stringify(resolveBrief(stored).brief)).toBe(JSON.stringify(briefArticle(article)));
    });

    it("an unchanged put whose brief refresh fails still answers unchanged: the story is stored, its brief computed on read", async () => {
      const { table, store } = await freshStore(brieferFor(algorithm(1, "old")));
      const article = parseJsonArticle({ id: "redelivered", headline: "Ferry strike ends", publishedAt: "2026-11-24T08:00:00Z", paragraphs: ["The ferry strike ended on Friday after 12 days, the union said."] });
      await store.put(article);
      const proxy = await startFaultProxy(suite.server.endpoint);
      suite.open.push(proxy);
      const client = createDynamoClient({ endpoint: proxy.endpoint, maxAttempts: 1 });
      suite.open.push(client);
      const newer = new DynamoArticleStore({ client, tableName: table.tableName, briefer: brieferFor(algorithm(2, "next")) });
      // The wire redelivers the story; the new deployment's brief write-back dies on the way.
      proxy.drop((operation) => operation === "UpdateItem");
      expect(await newer.put(article)).toEqual({ status: "unchanged", version: 1 });
      expect(storedAlgorithm(await store.get("redelivered"))).toBe("1.old");
    });

    it("an unchanged put brings an older algorithm's brief up to date, and rebrief does all stories at once", async () => {
      const old = brieferFor(algorithm(1, "old"));
      const { table } = await freshStore();
      const oldStore = new DynamoArticleStore({ client: table.client, tableName: table.tableName, briefer: old, pageSize: 3 });
      await seedStore(oldStore, SEEDS);
      const all = await oldStore.latest(100);
      expect(all.every((a) => storedAlgorithm(a) === "1.old")).toBe(true);

      const next = algorithm(2, "next");
      const newStore = new DynamoArticleStore({ client: table.client, tableName: table.tableName, briefer: brieferFor(next), pageSize: 3 });
      expect(await newStore.put(all[0]!)).toMatchObject({ status: "unchanged" });
      expect(storedAlgorithm(await newStore.get(all[0]!.id))).toBe("2.next");

      const report = await rebriefAll(newStore, { algorithm: next });
      expect(report).toEqual({ algorithm: "2.next", stories: all.length, current: 1, rebriefed: all.length - 1, kept: 0, tooLarge: 0, unstorable: 0 });
      for (const a of await newStore.latest(100)) {
        expect(storedAlgorithm(a)).toBe("2.next");
        expect(resolveBrief(a, {}, next).source).toEqual({ from: "stored" });
      }
      // Run again: nothing to do. Run by the old deployment: it may not undo the new one; --force may.
      expect(await rebriefAll(newStore, { algorithm: next })).toMatchObject({ current: all.length, rebriefed: 0 });
      expect(await rebriefAll(oldStore, { algorithm: algorithm(1, "old") })).toMatchObject({ kept: all.length, rebriefed: 0 });
      expect(await rebriefAll(oldStore, { algorithm: algorithm(1, "old"), force: true })).toMatchObject({ rebriefed: all.length });
    });
  });
}

describe("which stored brief a reader may write back over", () => {
  const article: StoredArticle = { ...parseJsonArticle({ id: "rule", headline: "Port reopens", publishedAt: "2026-11-24T08:00:00Z", paragraphs: ["The port reopened on Monday after 3 days, officials said."] }), version: 1 };
  const running = algorithm(3, "running");
  const storedBy = (a: BriefAlgorithm): StoredArticle => ({ ...article, brief: brieferFor(a).brief(article)! });
  const source = (a: StoredArticle, by = running) => resolveBrief(a, {}, by).source;

  it("none stored or an older generation's: replaced only over an older one", () => {
    expect(source(article)).toMatchObject({ from: "computed", writeBack: "older" });
    expect(source(storedBy(algorithm(2, "old")))).toMatchObject({ from: "computed", damaged: false, writeBack: "older" });
  });

  it("the running algorithm's: served; a newer or same-generation other one: computed and left as it is", () => {
    expect(source(storedBy(running))).toEqual({ from: "stored" });
    for (const other of [algorithm(4, "newer"), algorithm(3, "sibling")]) {
      const s = source(storedBy(other));
      expect(s, other.id).toMatchObject({ from: "computed", damaged: false, reason: expect.stringMatching(/left as it is$/) });
      expect(s, other.id).not.toHaveProperty("writeBack");
    }
  });

  it("an unrecorded build writes nothing back, whatever is stored", () => {
    const unrecorded = { ...running, id: "3.unrecorded", recorded: false };
    expect(source(article, unrecorded)).not.toHaveProperty("writeBack");
    expect(source(storedBy(algorithm(1, "old")), unrecorded)).not.toHaveProperty("writeBack");
  });
});
