import { describe, expect, it } from "vitest";
import { topicShareKey } from "../hash/topic-share-key";
import { ContentError } from "./errors";
import { loadRoadmap } from "./load";
import { makeContentRoot, STEPS_FILE } from "./test-support/fixture";

/**
 * A topic id for each of two steps whose share-link keys are the same: a real collision, found by
 * trying ids in turn (22-bit keys meet after a few thousand tries).
 */
function collidingIds(firstSlug: string, secondSlug: string): [string, string] {
  const firstIds = new Map<number, string>();
  for (let index = 0; index < 100_000; index++) {
    firstIds.set(topicShareKey(firstSlug, `clash-a${index}`), `clash-a${index}`);
    const match = firstIds.get(topicShareKey(secondSlug, `clash-b${index}`));
    if (match) return [match, `clash-b${index}`];
  }
  throw new Error("no colliding ids found");
}

describe("share-link keys", () => {
  it("must differ between topics, so a shared status can never land on another topic", () => {
    const fixture = makeContentRoot();
    const { steps } = loadRoadmap(fixture.root);
    const [first, second] = steps;
    const [firstId, secondId] = collidingIds(first!.slug, second!.slug);
    fixture.edit(STEPS_FILE, `id: ${first!.topics[0]!.id}\n`, `id: ${firstId}\n`);
    fixture.edit(STEPS_FILE, `id: ${second!.topics[0]!.id}\n`, `id: ${secondId}\n`);
    let problems: readonly string[] = [];
    try {
      loadRoadmap(fixture.root);
    } catch (error) {
      if (error instanceof ContentError) problems = error.problems;
    }
    expect(problems).toEqual([
      `${STEPS_FILE}: steps[1].topics[0].id: "${second!.slug}/${secondId}" has the same share-link key as "${first!.slug}/${firstId}"; choose another id for this new topic`,
    ]);
  });
});
