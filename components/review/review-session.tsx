"use client";

import { useEffect, useId, useRef, useState } from "react";
import { isEditableTarget } from "@/lib/browser/dom";
import { noteOf } from "@/lib/notes/notes";
import { notesReady, useNotes } from "@/lib/notes/store";
import type { StepOutline } from "@/lib/progress/progress";
import { useReviewSchedule } from "@/lib/review/hooks";
import { type Rating, RATING_LABELS, RATINGS } from "@/lib/review/limits";
import { entryOf } from "@/lib/review/review";
import { loadScheduler } from "@/lib/review/schedule-loader";
import { answerTopic, getReview } from "@/lib/review/store";
import { countOf, formatLocalDate } from "@/lib/site/format";
import { topicPath } from "@/lib/site/paths";

/** A topic as the review page shows it: plain data from the content. */
export interface ReviewTopic {
  slug: string;
  topicId: string;
  title: string;
  step: string;
  description: string;
  resources: { title: string; url: string; suggested: boolean }[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** "in 12 days", "in 1 day", "today": whole days from `now` to `due`, as the learner counts them. */
function describeWait(due: Date, now: Date): string {
  const days = Math.round((due.getTime() - now.getTime()) / DAY_MS);
  return days <= 0 ? "today" : `in ${countOf(days, "day")}`;
}

interface ReviewSessionProps {
  steps: StepOutline[];
  topics: ReviewTopic[];
}

/**
 * The topics due for review, in the order they fell due, and the first of them as a card: its
 * description, the learner's notes and its resources, and four answers (Again, Hard, Good, Easy; or
 * the keys 1 to 4) that schedule its next review. Answering never changes a topic's status.
 */
export function ReviewSession({ steps, topics }: ReviewSessionProps) {
  const ids = useId();
  // What is due is read at this moment; each answer reads it afresh.
  const [now, setNow] = useState(() => new Date());
  /** What the last answer did (or why it was not recorded); the next topic is named from what the page shows. */
  const [message, setMessage] = useState<{ text: string; answered: boolean } | null>(null);
  const schedule = useReviewSchedule(steps, now);
  const notes = useNotes();
  const [notesKnown, setNotesKnown] = useState(false);
  useEffect(() => {
    void notesReady().then(() => setNotesKnown(true));
  }, []);
  const topicOf = (slug: string, topicId: string) => topics.find((topic) => topic.slug === slug && topic.topicId === topicId);
  const due = (schedule?.due ?? []).flatMap((scheduled) => {
    const topic = topicOf(scheduled.slug, scheduled.topicId);
    return topic ? [{ ...topic, due: scheduled.due }] : [];
  });
  const current = due[0] ?? null;
  const nothingDueRef = useRef<HTMLParagraphElement>(null);

  /**
   * An answer being recorded, until the page shows the next topic: a second press meanwhile (a double
   * click, a held key) must not answer the same topic twice.
   */
  const answering = useRef(false);
  useEffect(() => {
    answering.current = false;
  }, [now]);

  // The last answer took the card and its focused button away: focus goes to what the page says now.
  const answeredLast = !current && message?.answered === true;
  useEffect(() => {
    if (answeredLast && document.activeElement === document.body) nothingDueRef.current?.focus();
  }, [answeredLast]);

  async function answer(rating: Rating) {
    if (!current || answering.current) return;
    answering.current = true;
    try {
      const answeredAt = new Date();
      const scheduler = await loadScheduler();
      const entry = entryOf(await getReview(), current.slug, current.topicId);
      if (!entry) throw new Error("no history");
      const next = scheduler.dueAfter(entry, rating, answeredAt);
      await answerTopic(current.slug, current.topicId, rating, answeredAt);
      setMessage({ text: `Next review ${describeWait(next, answeredAt)}, on ${formatLocalDate(next)} (${current.title}).`, answered: true });
      setNow(answeredAt);
    } catch {
      // The scheduler could not load (offline before it was ever saved, say): nothing was recorded.
      answering.current = false;
      setMessage({ text: "Your answer could not be recorded. Check your connection and answer again.", answered: false });
    }
  }

  // 1 to 4 answer, as in flash-card tools, wherever the focus is but in a field.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const rating = RATINGS[Number(event.key) - 1];
      // A held key repeats: only its first press answers.
      if (!rating || !current || event.repeat || event.ctrlKey || event.metaKey || event.altKey || isEditableTarget(event.target)) return;
      event.preventDefault();
      void answer(rating);
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  });

  if (!schedule || !notesKnown) return <p className="review__status js-only">Reading your reviews…</p>;
  const next = schedule.scheduled.find((scheduled) => scheduled.due > now);
  const nextTopic = next && topicOf(next.slug, next.topicId);
  return (
    <div className="review js-only">
      {current && (
        <>
          <h2 className="review__count">{countOf(due.length, "topic")} due for review</h2>
          <ol className="review__queue" aria-label="Due for review, in the order they fell due">
            {due.map((topic) => (
              <li key={`${topic.slug}/${topic.topicId}`} aria-current={topic === current ? "true" : undefined}>
                <a href={topicPath(topic.slug, topic.topicId)}>{topic.title}</a>
                <span className="review__since"> due since {formatLocalDate(topic.due)}</span>
              </li>
            ))}
          </ol>
        </>
      )}
      {!current ? (
        <p ref={nothingDueRef} tabIndex={-1} className="review__status">
          {schedule.scheduled.length === 0
            ? "Nothing to review yet: a topic you mark Done comes up for review a few days later."
            : `Nothing is due for review. Next: ${nextTopic?.title ?? "a topic"}, on ${formatLocalDate(next!.due)}.`}
        </p>
      ) : (
        <article className="panel review-card" aria-labelledby={`${ids}-title`}>
          <p className="eyebrow">{current.step}</p>
          <h2 id={`${ids}-title`} className="review-card__title">
            {current.title}
          </h2>
          <p>{current.description}</p>
          <h3 className="review-card__heading">Your notes</h3>
          {noteOf(notes, current.slug, current.topicId).trim() ? (
            <p className="review-card__notes">{noteOf(notes, current.slug, current.topicId)}</p>
          ) : (
            <p className="review-card__empty">
              No notes on this topic. <a href={topicPath(current.slug, current.topicId)}>Add some on its page</a>.
            </p>
          )}
          {current.resources.length > 0 && (
            <>
              <h3 className="review-card__heading">Resources</h3>
              <ul className="review-card__resources">
                {current.resources.map((resource) => (
                  <li key={resource.url}>
                    <a href={resource.url} rel="noopener">
                      {resource.title}
                    </a>
                    {resource.suggested && <span className="resource__suggested">Suggested</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p id={`${ids}-question`} className="review-card__question">
            How well do you remember it?
          </p>
          <div role="group" aria-labelledby={`${ids}-question`} className="review-card__answers">
            {RATINGS.map((rating, index) => (
              <button
                key={rating}
                type="button"
                className="button review-card__answer"
                aria-keyshortcuts={String(index + 1)}
                // The second click of a double click, or a held Enter, would answer the next topic, unseen.
                onClick={(event) => event.detail < 2 && void answer(rating)}
                onKeyDown={(event) => event.repeat && event.preventDefault()}
              >
                {RATING_LABELS[rating]}
                <kbd aria-hidden="true">{index + 1}</kbd>
              </button>
            ))}
          </div>
          <p className="review-card__hint">Keys 1 to 4 answer too. Your answer sets when the topic comes back; it stays Done.</p>
        </article>
      )}
      {/* Under the answers, where the learner's eyes and finger are, and where it moves nothing they are about to press. */}
      <p role="status" className="review__message">
        {message && `${message.text}${message.answered ? (current ? ` Next up: ${current.title}.` : " That was the last topic due.") : ""}`}
      </p>
    </div>
  );
}
