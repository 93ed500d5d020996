import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EMPTY_NOTES, setNote } from "../notes/notes";
import { DEFAULT_PLAN } from "../plan/plan";
import { WEEKDAYS } from "../plan/pace";
import { EMPTY_PROGRESS, setTopicStatus } from "../progress/progress";
import { TOPIC_STATUSES } from "../progress/statuses";
import { RATINGS } from "../review/limits";
import { EMPTY_REVIEW, recordAnswer } from "../review/review";
import { createClock } from "./hlc";
import {
  absorbDocuments,
  canonicalJson,
  documentsOf,
  EMPTY_REPLICA,
  latestStamp,
  mergeReplicas,
  noteConflicts,
  resolveNote,
  type LearnerDocuments,
} from "./replica";
import { type Replica, ReplicaSchema } from "./replica-schema";

const TOPICS = [
  ["foundations", "linear-algebra"],
  ["foundations", "calculus"],
  ["projects", "kaggle"],
] as const;

/** One browser tab: its replica, its clock (which may run early or late) and its browser's device id. */
interface Device {
  id: string;
  replica: Replica;
  clock: ReturnType<typeof createClock>;
}

/** Tabs of one browser share its device id; their clocks stamp with the tab's own. */
function device(id: string, skew = 0, now = { ms: Date.UTC(2026, 11, 1) }, tab = "t") {
  return { id, replica: EMPTY_REPLICA, clock: createClock(`${id}-${tab}`, undefined, () => now.ms + skew) } satisfies Device;
}

/** The learner does something on a device: its documents change, and the change is absorbed. */
function act(on: Device, change: (documents: LearnerDocuments) => LearnerDocuments, options?: { statusesReplaced?: boolean }) {
  on.replica = absorbDocuments(on.replica, change(documentsOf(on.replica)), on.clock, on.id, options);
}

/** Two devices sync: each takes the other's state in. */
function sync(a: Device, b: Device) {
  const merged = mergeReplicas(a.replica, b.replica);
  for (const side of [a, b]) {
    side.replica = merged;
    side.clock.observe(latestStamp(merged));
  }
}

type Operation =
  | { kind: "status"; device: number; topic: number; status: (typeof TOPIC_STATUSES)[number] }
  | { kind: "note"; device: number; topic: number; text: string }
  | { kind: "hours"; device: number; hours: number | null }
  | { kind: "days"; device: number; days: (typeof WEEKDAYS)[number][] }
  | { kind: "answer"; device: number; topic: number; rating: (typeof RATINGS)[number] }
  | { kind: "reset"; device: number }
  | { kind: "sync"; device: number; other: number }
  | { kind: "wait"; ms: number };

const DEVICES = 3;
const deviceIndex = fc.integer({ min: 0, max: DEVICES - 1 });
const topicIndex = fc.integer({ min: 0, max: TOPICS.length - 1 });

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constant("status" as const), device: deviceIndex, topic: topicIndex, status: fc.constantFrom(...TOPIC_STATUSES) }),
  fc.record({ kind: fc.constant("note" as const), device: deviceIndex, topic: topicIndex, text: fc.constantFrom("", "a", "b", "Strang's lectures") }),
  fc.record({ kind: fc.constant("hours" as const), device: deviceIndex, hours: fc.option(fc.integer({ min: 1, max: 60 })) }),
  fc.record({ kind: fc.constant("days" as const), device: deviceIndex, days: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1 }) }),
  fc.record({ kind: fc.constant("answer" as const), device: deviceIndex, topic: topicIndex, rating: fc.constantFrom(...RATINGS) }),
  fc.record({ kind: fc.constant("reset" as const), device: deviceIndex }),
  fc.record({ kind: fc.constant("sync" as const), device: deviceIndex, other: deviceIndex }),
  fc.record({ kind: fc.constant("wait" as const), ms: fc.integer({ min: 0, max: 100_000 }) }),
);

/** Runs a history on a browser and on two tabs of another, whose clocks disagree by up to a day, and returns them. */
function run(operations: Operation[], skews: number[]): Device[] {
  const now = { ms: Date.UTC(2026, 11, 1) };
  const devices = skews.map((skew, index) => device(index === 0 ? "laptop" : "phone", skew, now, `t${index}`));
  for (const operation of operations) {
    if (operation.kind === "wait") {
      now.ms += operation.ms;
      continue;
    }
    const on = devices[operation.device]!;
    const at = new Date(now.ms + skews[operation.device]!);
    switch (operation.kind) {
      case "status": {
        const [slug, id] = TOPICS[operation.topic]!;
        act(on, (docs) => ({ ...docs, progress: setTopicStatus(docs.progress, slug, id, operation.status) }));
        break;
      }
      case "note": {
        const [slug, id] = TOPICS[operation.topic]!;
        act(on, (docs) => ({ ...docs, notes: setNote(docs.notes, slug, id, operation.text) }));
        break;
      }
      case "hours":
        act(on, (docs) => ({ ...docs, plan: { ...docs.plan, ...(operation.hours === null ? { hoursPerWeek: undefined } : { hoursPerWeek: operation.hours }) } }));
        break;
      case "days":
        act(on, (docs) => ({ ...docs, plan: { ...docs.plan, days: operation.days } }));
        break;
      case "answer": {
        const [slug, id] = TOPICS[operation.topic]!;
        act(on, (docs) => ({ ...docs, review: recordAnswer(docs.review, slug, id, operation.rating, at) }));
        break;
      }
      case "reset":
        act(on, (docs) => ({ ...docs, progress: EMPTY_PROGRESS }), { statusesReplaced: true });
        break;
      case "sync":
        sync(on, devices[operation.other]!);
        break;
    }
  }
  return devices;
}

const history = fc.array(operation, { maxLength: 40 });
const skews = fc.array(fc.integer({ min: -86_400_000, max: 86_400_000 }), { minLength: DEVICES, maxLength: DEVICES });
/** Three replicas from one history: the states three devices may hold. */
const threeStates = fc.tuple(history, skews).map(([operations, clockSkews]) => run(operations, clockSkews).map((d) => d.replica) as [Replica, Replica, Replica]);

const same = (a: Replica, b: Replica) => expect(canonicalJson(a)).toBe(canonicalJson(b));

describe("mergeReplicas", () => {
  it("is commutative", () => {
    fc.assert(fc.property(threeStates, ([a, b]) => {
        same(mergeReplicas(a, b), mergeReplicas(b, a));
      }));
  });

  it("is associative", () => {
    fc.assert(fc.property(threeStates, ([a, b, c]) => {
        same(mergeReplicas(mergeReplicas(a, b), c), mergeReplicas(a, mergeReplicas(b, c)));
      }));
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(threeStates, ([a, b]) => {
        same(mergeReplicas(a, a), mergeReplicas(a, EMPTY_REPLICA));
        const ab = mergeReplicas(a, b);
        same(mergeReplicas(ab, b), ab);
      }),
    );
  });

  it("converges: devices that have all synced hold the same state and show the same documents, in whatever order they synced", () => {
    fc.assert(
      fc.property(history, skews, fc.array(fc.tuple(deviceIndex, deviceIndex), { minLength: 1, maxLength: 6 }), (operations, clockSkews, order) => {
        const devices = run(operations, clockSkews);
        // Some syncs in any order, then a round that reaches everyone.
        for (const [i, j] of order) sync(devices[i]!, devices[j]!);
        sync(devices[0]!, devices[1]!);
        sync(devices[1]!, devices[2]!);
        sync(devices[0]!, devices[1]!);
        const [first, ...rest] = devices.map((d) => d.replica);
        for (const other of rest) same(other, first!);
        for (const other of rest) expect(canonicalJson(documentsOf(other))).toBe(canonicalJson(documentsOf(first!)));
      }),
    );
  });

  it("keeps every state valid to its schema, so a device can always read what another sent", () => {
    fc.assert(fc.property(threeStates, ([a, b, c]) => {
        expect(ReplicaSchema.safeParse(mergeReplicas(mergeReplicas(a, b), c)).error).toBeUndefined();
      }));
  });

  it("keeps every review answer from every device", () => {
    fc.assert(
      fc.property(history, skews, (operations, clockSkews) => {
        const devices = run(operations, clockSkews);
        const answers = (replica: Replica) => Object.values(replica.review).flatMap((topics) => Object.values(topics).flatMap((entry) => entry.answers.map((a) => `${a.at}|${a.rating}`)));
        const all = new Set(devices.flatMap((d) => answers(d.replica)));
        const merged = new Set(answers(mergeReplicas(mergeReplicas(devices[0]!.replica, devices[1]!.replica), devices[2]!.replica)));
        expect(merged).toEqual(all);
      }),
    );
  });
});

describe("what the learner sees after a sync", () => {
  const [slug, id] = TOPICS[0];
  const [otherSlug, otherId] = TOPICS[2];

  it("a status: the later change wins, also from a device whose clock runs a day behind once it has synced", () => {
    const laptop = device("laptop");
    const phone = device("phone", -86_400_000);
    act(laptop, (docs) => ({ ...docs, progress: setTopicStatus(docs.progress, slug, id, "learning") }));
    sync(laptop, phone);
    act(phone, (docs) => ({ ...docs, progress: setTopicStatus(docs.progress, slug, id, "done") }));
    sync(phone, laptop);
    expect(documentsOf(laptop.replica).progress.statuses[slug]?.[id]).toBe("done");
  });

  it("pairing keeps what both sides had: the union", () => {
    const laptop = device("laptop");
    const phone = device("phone");
    act(laptop, (docs) => ({ ...docs, progress: setTopicStatus(docs.progress, slug, id, "done"), notes: setNote(EMPTY_NOTES, slug, id, "laptop") }));
    act(phone, (docs) => ({ ...docs, progress: setTopicStatus(docs.progress, otherSlug, otherId, "learning"), plan: { ...DEFAULT_PLAN, hoursPerWeek: 5 } }));
    sync(laptop, phone);
    const shown = documentsOf(laptop.replica);
    expect(shown.progress.statuses).toEqual({ [slug]: { [id]: "done" }, [otherSlug]: { [otherId]: "learning" } });
    expect(shown.notes.notes[slug]?.[id]).toBe("laptop");
    expect(shown.plan.hoursPerWeek).toBe(5);
  });

  it("a device that never touched its plan does not outvote one that did", () => {
    const laptop = device("laptop");
    const phone = device("phone", 60_000);
    act(laptop, (docs) => ({ ...docs, plan: { ...docs.plan, days: ["MO", "WE"], time: "07:30" } }));
    act(phone, (docs) => ({ ...docs, progress: setTopicStatus(docs.progress, slug, id, "done") }));
    sync(laptop, phone);
    expect(documentsOf(phone.replica).plan).toMatchObject({ days: ["MO", "WE"], time: "07:30" });
  });

  it("a note edited on two devices before they synced: both texts reach the learner, until they write it again", () => {
    const laptop = device("laptop");
    const phone = device("phone");
    act(laptop, (docs) => ({ ...docs, notes: setNote(docs.notes, slug, id, "first") }));
    sync(laptop, phone);
    act(laptop, (docs) => ({ ...docs, notes: setNote(docs.notes, slug, id, "from the laptop") }));
    act(phone, (docs) => ({ ...docs, notes: setNote(docs.notes, slug, id, "from the phone") }));
    sync(laptop, phone);
    const shown = documentsOf(laptop.replica).notes.notes[slug]?.[id];
    const [conflict] = noteConflicts(laptop.replica);
    expect([shown, ...(conflict?.otherTexts ?? [])].sort()).toEqual(["from the laptop", "from the phone"]);
    expect(conflict).toMatchObject({ slug, topicId: id });
    // The learner keeps one text: every device then shows it alone.
    laptop.replica = resolveNote(laptop.replica, slug, id, "both, merged by hand", laptop.clock, laptop.id);
    sync(laptop, phone);
    expect(noteConflicts(phone.replica)).toEqual([]);
    expect(documentsOf(phone.replica).notes.notes[slug]?.[id]).toBe("both, merged by hand");
  });

  it("an edit made after seeing another replaces it: no conflict", () => {
    const laptop = device("laptop");
    const phone = device("phone");
    act(laptop, (docs) => ({ ...docs, notes: setNote(docs.notes, slug, id, "one") }));
    sync(laptop, phone);
    act(phone, (docs) => ({ ...docs, notes: setNote(docs.notes, slug, id, "two") }));
    sync(laptop, phone);
    expect(noteConflicts(laptop.replica)).toEqual([]);
    expect(documentsOf(laptop.replica).notes.notes[slug]?.[id]).toBe("two");
  });

  it("Reset clears statuses everywhere, also those it had not seen, and keeps a change another device made after it", () => {
    const now = { ms: Date.UTC(2026, 11, 1) };
    const laptop = device("laptop", 0, now);
    const phone = device("phone", 0, now);
    act(phone, (docs) => ({ ...docs, progress: setTopicStatus(docs.progress, otherSlug, otherId, "done") }));
    act(laptop, (docs) => ({ ...docs, progress: setTopicStatus(docs.progress, slug, id, "done") }));
    now.ms += 1000;
    act(laptop, (docs) => ({ ...docs, progress: EMPTY_PROGRESS }), { statusesReplaced: true });
    now.ms += 1000;
    act(phone, (docs) => ({ ...docs, progress: setTopicStatus(docs.progress, slug, "calculus", "learning") }));
    sync(laptop, phone);
    expect(documentsOf(laptop.replica).progress.statuses).toEqual({ [slug]: { calculus: "learning" } });
  });

  it("an answer on the phone reaches the laptop's history", () => {
    const laptop = device("laptop");
    const phone = device("phone");
    act(laptop, (docs) => ({ ...docs, review: recordAnswer(EMPTY_REVIEW, slug, id, "good", new Date("2026-12-01T10:00:00.000Z")) }));
    act(phone, (docs) => ({ ...docs, review: recordAnswer(docs.review, slug, id, "easy", new Date("2026-12-02T10:00:00.000Z")) }));
    sync(laptop, phone);
    expect(documentsOf(laptop.replica).review.topics[slug]?.[id]?.answers.map((a) => a.rating)).toEqual(["good", "easy"]);
  });
});
