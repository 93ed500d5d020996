"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "@/components/i18n/messages-provider";
import { isEditableTarget } from "@/lib/browser/dom";
import { noteOf } from "@/lib/notes/notes";
import { notesReady, useNotes } from "@/lib/notes/store";
import { formatLearnerDate } from "@/lib/plan/learner-date";
import type { StepOutline } from "@/lib/progress/progress";
import { useReviewSchedule } from "@/lib/review/hooks";
import { type Rating, RATINGS } from "@/lib/review/limits";
import { entryOf } from "@/lib/review/review";
import { loadScheduler } from "@/lib/review/schedule-loader";
import { answerTopic, getReview } from "@/lib/review/store";
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

/** Whole days from `now` to `due`, as the learner counts them: 0 for today. */
function daysUntil(due: Date, now: Date): number {
  return Math.max(0, Math.round((due.getTime() - now.getTime()) / DAY_MS));
}

/** What the last answer did: when the topic comes back; or that it could not be recorded. */
type AnswerMessage = { answered: true; title: string; next: Date; days: number } | { answered: false };

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
  const t = useTranslations("review");
  const formatDate = (date: Date) => formatLearnerDate(date, t.locale);
  const ids = useId();
  // What is due is read at this moment; each answer reads it afresh.
  const [now, setNow] = useState(() => new Date());
  /** What the last answer did (or why it was not recorded); the next topic is named from what the page shows. */
  const [message, setMessage] = useState<AnswerMessage | null>(null);
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
      setMessage({ answered: true, title: current.title, next, days: daysUntil(next, answeredAt) });
      setNow(answeredAt);
    } catch {
      // The scheduler could not load (offline before it was ever saved, say): nothing was recorded.
      answering.current = false;
      setMessage({ answered: false });
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

  if (!schedule || !notesKnown) return <p className="review__status js-only">{t("reading")}</p>;
  const next = schedule.scheduled.find((scheduled) => scheduled.due > now);
  const nextTopic = next && topicOf(next.slug, next.topicId);
  /** The answer's outcome, and what comes after it: the next topic due, or none. */
  const describeAnswer = (answer: AnswerMessage) => {
    if (!answer.answered) return t("answerFailed");
    const values = { days: answer.days, date: formatDate(answer.next), title: answer.title };
    return current ? t("answeredNextUp", { ...values, next: current.title }) : t("answeredLast", values);
  };
  return (
    <div className="review js-only">
      {current && (
        <>
          <h2 className="review__count">{t("dueCount", { count: due.length })}</h2>
          <ol className="review__queue" aria-label={t("queueLabel")}>
            {due.map((topic) => (
              <li key={`${topic.slug}/${topic.topicId}`} aria-current={topic === current ? "true" : undefined}>
                <a href={topicPath(topic.slug, topic.topicId)}>{topic.title}</a>
                <span className="review__since"> {t("dueSince", { date: formatDate(topic.due) })}</span>
              </li>
            ))}
          </ol>
        </>
      )}
      {!current ? (
        <p ref={nothingDueRef} tabIndex={-1} className="review__status">
          {schedule.scheduled.length === 0
            ? t("nothingYet")
            : nextTopic
              ? t("nothingDue", { title: nextTopic.title, date: formatDate(next!.due) })
              : t("nothingDueUnnamed", { date: formatDate(next!.due) })}
        </p>
      ) : (
        <article className="panel review-card" aria-labelledby={`${ids}-title`}>
          <p className="eyebrow">{current.step}</p>
          <h2 id={`${ids}-title`} className="review-card__title">
            {current.title}
          </h2>
          <p>{current.description}</p>
          <h3 className="review-card__heading">{t("yourNotes")}</h3>
          {noteOf(notes, current.slug, current.topicId).trim() ? (
            <p className="review-card__notes">{noteOf(notes, current.slug, current.topicId)}</p>
          ) : (
            <p className="review-card__empty">{t.rich("noNotes", { link: (chunks) => <a href={topicPath(current.slug, current.topicId)}>{chunks}</a> })}</p>
          )}
          {current.resources.length > 0 && (
            <>
              <h3 className="review-card__heading">{t("resources")}</h3>
              <ul className="review-card__resources">
                {current.resources.map((resource) => (
                  <li key={resource.url}>
                    <a href={resource.url} rel="noopener">
                      {resource.title}
                    </a>
                    {resource.suggested && <span className="resource__suggested">{t("suggested")}</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p id={`${ids}-question`} className="review-card__question">
            {t("question")}
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
                {t(rating)}
                <kbd aria-hidden="true">{index + 1}</kbd>
              </button>
            ))}
          </div>
          <p className="review-card__hint">{t("hint")}</p>
        </article>
      )}
      {/* Under the answers, where the learner's eyes and finger are, and where it moves nothing they are about to press. */}
      <p role="status" className="review__message">
        {message && describeAnswer(message)}
      </p>
    </div>
  );
}
