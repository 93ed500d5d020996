// The merge that lets every device converge: the learner's documents as a state-based CRDT. Each
// field is a register stamped by a hybrid logical clock (./hlc.ts), and merge(a, b) is commutative,
// associative and idempotent (lib/sync/replica.test.ts checks the three laws with fast-check), so
// devices that have seen the same changes hold the same state, whatever the order they saw them in.
//
// - a status, a plan field: the later change wins;
// - Reset (and Import, which replaces statuses) stamps `statusesClearedAt`: statuses set before it
//   are Not started everywhere, those set after it on any device stay;
// - a note is a multi-value register: edits made on two devices before they synced are both kept,
//   the later one shown, the other beside it, until the learner writes the note again;
// - review histories: every answer from every device is kept (the newest MAX_ANSWERS).
import { NOTES_VERSION } from "../notes/limits";
import type { Notes } from "../notes/schema";
import { DEFAULT_PLAN } from "../plan/plan";
import { PLAN_VERSION } from "../plan/pace";
import type { Plan } from "../plan/schema";
import { PROGRESS_VERSION, type StoredStatus } from "../progress/statuses";
import type { Progress } from "../progress/schema";
import { MAX_ANSWERS, REVIEW_VERSION } from "../review/limits";
import type { Review, ReviewEntry } from "../review/schema";
import type { Clock, Stamp } from "./hlc";
import { laterStamp } from "./hlc";
import { type NoteVersion, type Replica, REPLICA_VERSION } from "./replica-schema";

/** What the learner keeps in this browser, as the stores hold it. */
export interface LearnerDocuments {
  progress: Progress;
  notes: Notes;
  plan: Plan;
  review: Review;
}

type ByStepAndTopic<T> = Record<string, Record<string, T>>;
type Register<T> = { v: T; t: Stamp };

export const EMPTY_REPLICA: Replica = { version: REPLICA_VERSION, statuses: {}, notes: {}, plan: {}, review: {} };

/** Both maps' entries, with `combine` where both have one; steps and topics in sorted order, so equal states are equal JSON. */
function mergeByStepAndTopic<T>(a: ByStepAndTopic<T>, b: ByStepAndTopic<T>, combine: (x: T, y: T) => T): ByStepAndTopic<T> {
  const merged: ByStepAndTopic<T> = {};
  for (const slug of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const [left = {}, right = {}] = [a[slug], b[slug]];
    const topics: Record<string, T> = {};
    for (const id of [...new Set([...Object.keys(left), ...Object.keys(right)])].sort()) {
      const [x, y] = [left[id], right[id]];
      topics[id] = x === undefined ? y! : y === undefined ? x : combine(x, y);
    }
    merged[slug] = topics;
  }
  return merged;
}

function* entriesOf<T>(map: ByStepAndTopic<T>): Generator<[string, string, T]> {
  for (const [slug, topics] of Object.entries(map)) for (const [id, value] of Object.entries(topics)) yield [slug, id, value];
}

/** The entries `keep` accepts, without steps left empty. */
function filterByStepAndTopic<T>(map: ByStepAndTopic<T>, keep: (value: T) => boolean): ByStepAndTopic<T> {
  const kept: ByStepAndTopic<T> = {};
  for (const [slug, id, value] of entriesOf(map)) if (keep(value)) (kept[slug] ??= {})[id] = value;
  return kept;
}

function setIn<T>(map: ByStepAndTopic<T>, slug: string, id: string, value: T): ByStepAndTopic<T> {
  return { ...map, [slug]: { ...map[slug], [id]: value } };
}

/** The later change; two changes with one stamp (never made by this code, but data is untrusted) are ordered by value, so the merge still commutes. */
function laterRegister<T>(a: Register<T>, b: Register<T>): Register<T> {
  if (a.t !== b.t) return b.t > a.t ? b : a;
  return canonicalJson(b.v) > canonicalJson(a.v) ? b : a;
}

function laterOptional<T>(a: Register<T> | undefined, b: Register<T> | undefined): Register<T> | undefined {
  if (!a || !b) return a ?? b;
  return laterRegister(a, b);
}

// Notes: version vectors tell a later edit (it has seen the other) from a concurrent one.

type VersionVector = Record<string, number>;

function covers(a: VersionVector, b: VersionVector): boolean {
  return Object.entries(b).every(([device, count]) => (a[device] ?? 0) >= count);
}

/** The versions neither side has superseded: an edit that saw another replaces it, concurrent edits stay side by side. */
export function mergeNoteVersions(a: readonly NoteVersion[], b: readonly NoteVersion[]): NoteVersion[] {
  // A stamp and a text name one write: the same on both sides is the same version.
  const unique = [...new Map([...a, ...b].map((version) => [`${version.t}\n${version.text}`, version])).values()];
  // Superseded: another version has seen it, and more. Versions that have seen the same are concurrent, and both stay.
  const superseded = (version: NoteVersion) => unique.some((other) => covers(other.vv, version.vv) && !covers(version.vv, other.vv));
  return unique.filter((version) => !superseded(version)).sort((x, y) => (x.t < y.t ? -1 : x.t > y.t ? 1 : x.text < y.text ? -1 : 1));
}

/** A new version written on `deviceId`, having seen every version there is: it replaces them all. */
function writeNoteVersion(versions: readonly NoteVersion[], text: string, t: Stamp, deviceId: string): NoteVersion[] {
  const vv: VersionVector = {};
  for (const version of versions) for (const [device, count] of Object.entries(version.vv)) vv[device] = Math.max(vv[device] ?? 0, count);
  vv[deviceId] = (vv[deviceId] ?? 0) + 1;
  return [{ text, t, vv: Object.fromEntries(Object.entries(vv).sort(([x], [y]) => (x < y ? -1 : 1))) }];
}

/** The version shown: the latest write. */
function shownVersion(versions: readonly NoteVersion[]): NoteVersion | undefined {
  return versions.at(-1);
}

// Review histories: the earliest entry into review, every answer.

const instantOrder = (a: string, b: string) => Date.parse(a) - Date.parse(b) || (a < b ? -1 : a > b ? 1 : 0);

export function mergeReviewEntries(a: ReviewEntry, b: ReviewEntry): ReviewEntry {
  const answers = new Map([...a.answers, ...b.answers].map((answer) => [`${answer.at}|${answer.rating}`, answer]));
  return {
    enteredAt: instantOrder(a.enteredAt, b.enteredAt) <= 0 ? a.enteredAt : b.enteredAt,
    answers: [...answers.values()].sort((x, y) => instantOrder(x.at, y.at) || (x.rating < y.rating ? -1 : x.rating > y.rating ? 1 : 0)).slice(-MAX_ANSWERS),
  };
}

/** Statuses set after the latest Reset; the earlier ones are moot everywhere. */
function statusesAfter(statuses: Replica["statuses"], clearedAt: Stamp | undefined): Replica["statuses"] {
  return clearedAt === undefined ? statuses : filterByStepAndTopic(statuses, (status) => status.t > clearedAt);
}

/** The state that has every change either side has seen. Commutative, associative and idempotent. */
export function mergeReplicas(a: Replica, b: Replica): Replica {
  const statusesClearedAt = laterStamp(a.statusesClearedAt, b.statusesClearedAt);
  return {
    version: REPLICA_VERSION,
    statuses: statusesAfter(mergeByStepAndTopic(a.statuses, b.statuses, laterRegister), statusesClearedAt),
    ...(statusesClearedAt !== undefined && { statusesClearedAt }),
    notes: mergeByStepAndTopic(a.notes, b.notes, mergeNoteVersions),
    plan: Object.fromEntries(
      (["days", "hoursPerWeek", "includeReviews", "time"] as const)
        .map((field) => [field, laterOptional<unknown>(a.plan[field], b.plan[field])] as const)
        .filter(([, value]) => value !== undefined),
    ) as Replica["plan"],
    review: mergeByStepAndTopic(a.review, b.review, mergeReviewEntries),
  };
}

/** The latest stamp in a state: a clock that has seen it stamps every later change after it. */
export function latestStamp(replica: Replica): Stamp | undefined {
  let latest = replica.statusesClearedAt;
  for (const [, , status] of entriesOf(replica.statuses)) latest = laterStamp(latest, status.t);
  for (const [, , versions] of entriesOf(replica.notes)) for (const version of versions) latest = laterStamp(latest, version.t);
  for (const field of Object.values(replica.plan)) latest = laterStamp(latest, field?.t);
  return latest;
}

// Between the stores' documents and the replica.

function statusIn(replica: Replica, slug: string, id: string): StoredStatus | null {
  const status = replica.statuses[slug]?.[id];
  if (!status) return null;
  return replica.statusesClearedAt !== undefined && status.t <= replica.statusesClearedAt ? null : status.v;
}

const noteIn = (replica: Replica, slug: string, id: string) => shownVersion(replica.notes[slug]?.[id] ?? [])?.text ?? "";

/** The documents the replica stands for: what every device shows once synced. */
export function documentsOf(replica: Replica): LearnerDocuments {
  const statuses: Progress["statuses"] = {};
  for (const [slug, id] of entriesOf(replica.statuses)) {
    const status = statusIn(replica, slug, id);
    if (status) (statuses[slug] ??= {})[id] = status;
  }
  const notes: Notes["notes"] = {};
  for (const [slug, id] of entriesOf(replica.notes)) {
    const text = noteIn(replica, slug, id);
    if (text) (notes[slug] ??= {})[id] = text;
  }
  const { hoursPerWeek, days, time, includeReviews } = replica.plan;
  const plan: Plan = {
    version: PLAN_VERSION,
    ...(typeof hoursPerWeek?.v === "number" && { hoursPerWeek: hoursPerWeek.v }),
    days: days?.v ?? DEFAULT_PLAN.days,
    time: time?.v ?? DEFAULT_PLAN.time,
    ...(includeReviews?.v === false && { includeReviews: false }),
  };
  return {
    progress: { version: PROGRESS_VERSION, statuses },
    notes: { version: NOTES_VERSION, notes },
    plan,
    review: { version: REVIEW_VERSION, topics: replica.review },
  };
}

function keysOf(...maps: ByStepAndTopic<unknown>[]): [string, string][] {
  const keys = new Map<string, [string, string]>();
  for (const map of maps) for (const [slug, id] of entriesOf(map)) keys.set(`${slug}\n${id}`, [slug, id]);
  return [...keys.values()];
}

/**
 * The replica with every way the documents differ from it stamped as a change of this device's:
 * what the learner did here since the last sync. Nothing is stamped where they agree, so a device
 * that never touched its plan never outvotes another's.
 */
export function absorbDocuments(replica: Replica, documents: LearnerDocuments, clock: Clock, deviceId: string, { statusesReplaced = false } = {}): Replica {
  let next: Replica = statusesReplaced ? { ...replica, statusesClearedAt: clock.tick() } : replica;

  for (const [slug, id] of keysOf(documents.progress.statuses, next.statuses)) {
    const status = documents.progress.statuses[slug]?.[id] ?? null;
    if (status !== statusIn(next, slug, id)) next = { ...next, statuses: setIn(next.statuses, slug, id, { v: status, t: clock.tick() }) };
  }

  for (const [slug, id] of keysOf(documents.notes.notes, next.notes)) {
    const text = documents.notes.notes[slug]?.[id] ?? "";
    if (text !== noteIn(next, slug, id)) next = { ...next, notes: setIn(next.notes, slug, id, writeNoteVersion(next.notes[slug]?.[id] ?? [], text, clock.tick(), deviceId)) };
  }

  const shown = documentsOf(next).plan;
  const { plan } = documents;
  const changed: Partial<Replica["plan"]> = {};
  if ((plan.hoursPerWeek ?? null) !== (shown.hoursPerWeek ?? null)) changed.hoursPerWeek = { v: plan.hoursPerWeek ?? null, t: clock.tick() };
  if (plan.days.join() !== shown.days.join()) changed.days = { v: [...plan.days], t: clock.tick() };
  if (plan.time !== shown.time) changed.time = { v: plan.time, t: clock.tick() };
  if ((plan.includeReviews ?? true) !== (shown.includeReviews ?? true)) changed.includeReviews = { v: plan.includeReviews ?? true, t: clock.tick() };
  if (Object.keys(changed).length) next = { ...next, plan: { ...next.plan, ...changed } };

  const review = mergeByStepAndTopic(next.review, documents.review.topics, mergeReviewEntries);
  if (canonicalJson(review) !== canonicalJson(next.review)) next = { ...next, review };
  return next;
}

/** Writes a note as the learner's answer to a conflict: the one text, replacing every version there was. */
export function resolveNote(replica: Replica, slug: string, id: string, text: string, clock: Clock, deviceId: string): Replica {
  return { ...replica, notes: setIn(replica.notes, slug, id, writeNoteVersion(replica.notes[slug]?.[id] ?? [], text, clock.tick(), deviceId)) };
}

/** A note edited on two devices before they synced: the texts not shown, to be shown beside it. */
export interface NoteConflict {
  slug: string;
  topicId: string;
  otherTexts: string[];
}

export function noteConflicts(replica: Replica): NoteConflict[] {
  const conflicts: NoteConflict[] = [];
  for (const [slug, topicId, versions] of entriesOf(replica.notes)) {
    const shown = shownVersion(versions)?.text ?? "";
    const otherTexts = [...new Set(versions.map((version) => version.text).filter((text) => text.trim() && text !== shown))];
    if (otherTexts.length) conflicts.push({ slug, topicId, otherTexts });
  }
  return conflicts;
}

/** JSON with every object's keys sorted: equal values give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === "object" && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : item,
  );
}
