// The review schedule, by FSRS (ts-fsrs), the algorithm modern flash-card tools use. Loaded only
// where reviews are shown or answered. A topic's card is worked out from its history: marking it Done
// counts as a first good recall, and each answer since is applied at its time.
import { type Card, createEmptyCard, fsrs, generatorParameters, Rating as FsrsRating, type Grade } from "ts-fsrs";
import type { StepOutline } from "../progress/progress";
import type { Progress } from "../progress/schema";
import type { Rating } from "./limits";
import { entryOf, isInReview } from "./review";
import type { Review, ReviewEntry } from "./schema";

// No fuzz: the same history gives the same dates, in every tab and every test. No short-term
// (same-day) steps: a roadmap topic is reviewed over days, not minutes.
const scheduler = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: false }));

const GRADES: Record<Rating, Grade> = { again: FsrsRating.Again, hard: FsrsRating.Hard, good: FsrsRating.Good, easy: FsrsRating.Easy };

/** The topic's card now: its history replayed. */
export function cardOf(entry: ReviewEntry): Card {
  const entered = new Date(entry.enteredAt);
  let card = scheduler.next(createEmptyCard(entered), entered, FsrsRating.Good).card;
  for (const { at, rating } of entry.answers) card = scheduler.next(card, new Date(at), GRADES[rating]).card;
  return card;
}

/** When the topic falls due after answering `rating` at `now`. */
export function dueAfter(entry: ReviewEntry, rating: Rating, now: Date): Date {
  return scheduler.next(cardOf(entry), now, GRADES[rating]).card.due;
}

export interface ScheduledTopic {
  slug: string;
  topicId: string;
  due: Date;
}

/** Every topic in review with the date it falls due, earliest first. */
export function reviewSchedule(progress: Progress, review: Review, steps: readonly StepOutline[]): ScheduledTopic[] {
  return steps
    .flatMap((step) =>
      step.topics.flatMap((topic) => {
        const entry = entryOf(review, step.slug, topic.id);
        return entry && isInReview(progress, review, step.slug, topic.id) ? [{ slug: step.slug, topicId: topic.id, due: cardOf(entry).due }] : [];
      }),
    )
    .sort((a, b) => a.due.getTime() - b.due.getTime());
}
