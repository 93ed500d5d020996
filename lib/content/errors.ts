import type { z } from "zod";

/** A problem in the content files, named by file and field path so an author can fix it. */
export class ContentError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid content:\n${problems.map((problem) => `  ${problem}`).join("\n")}`);
    this.name = "ContentError";
  }
}

/** Formats a path the way an author reads it: `steps[2].topics[0].url`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === "number") return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, "");
}

export function describeIssues(file: string, issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []) {
  return issues.map((issue) => {
    const path = formatPath([...prefix, ...issue.path]);
    return `${file}: ${path ? `${path}: ` : ""}${issue.message}`;
  });
}
