import { describe, expect, it } from "vitest";
import { stepPath, topicPath } from "./paths";

describe("paths", () => {
  it("give a step its permalink and a topic its deep link on it", () => {
    expect(stepPath("some-step")).toBe("/steps/some-step");
    expect(topicPath("some-step", "some-topic")).toBe("/steps/some-step#some-topic");
  });
});
