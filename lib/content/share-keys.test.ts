import { describe, expect, it, vi } from "vitest";
import { ContentError } from "./errors";
import { loadRoadmap } from "./load";
import { makeContentRoot, STEPS_FILE } from "./test-support/fixture";

// Real keys collide about once in ten thousand roadmaps; here every topic id starting "clash" collides.
vi.mock("../share/share-code", async (importOriginal) => {
  const original = await importOriginal<typeof import("../share/share-code")>();
  return { ...original, topicShareKey: (slug: string, id: string) => (id.startsWith("clash") ? 1 : original.topicShareKey(slug, id)) };
});

describe("share-link keys", () => {
  it("must differ between topics, so a shared status can never land on another topic", () => {
    const fixture = makeContentRoot();
    const { steps } = loadRoadmap(fixture.root);
    const [first, second] = steps;
    fixture.edit(STEPS_FILE, `id: ${first!.topics[0]!.id}\n`, "id: clash-one\n");
    fixture.edit(STEPS_FILE, `id: ${second!.topics[0]!.id}\n`, "id: clash-two\n");
    let problems: readonly string[] = [];
    try {
      loadRoadmap(fixture.root);
    } catch (error) {
      if (error instanceof ContentError) problems = error.problems;
    }
    expect(problems).toEqual([
      `${STEPS_FILE}: steps[1].topics[0].id: "${second!.slug}/clash-two" has the same share-link key as "${first!.slug}/clash-one"; choose another id for this new topic`,
    ]);
  });
});
