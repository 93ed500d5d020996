"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "@/components/i18n/messages-provider";
import { pageStorageNamespace } from "@/lib/browser/storage-keys";
import { downloadFile } from "@/lib/browser/download";
import type { Translator } from "@/lib/i18n/messages";
import type { CalendarReview, CalendarStep } from "@/lib/plan/calendar";
import { hoursLeft } from "@/lib/plan/estimates";
import { formatLearnerDate } from "@/lib/plan/learner-date";
import { MAX_HOURS_PER_WEEK, MAX_SESSION_HOURS, MIN_HOURS_PER_WEEK, REMINDER_MINUTES, WEEKDAYS, type Weekday } from "@/lib/plan/pace";
import { usePlanProjectionContext } from "@/lib/plan/hooks";
import { describeMinutes, hoursPerWeekOf, type Pace, sessionMinutes, sortDays, withoutPace } from "@/lib/plan/plan";
import { planReady, updatePlan, usePlan } from "@/lib/plan/store";
import { useProgress, useViewingShared } from "@/lib/progress/hooks";
import type { Progress } from "@/lib/progress/schema";
import { getProgress } from "@/lib/progress/store";

/** The topics in review and when they fall due, for the calendar; the scheduler loads only now. */
async function scheduledReviews(progress: Progress, steps: CalendarStep[]): Promise<CalendarReview[]> {
  const [{ reviewSchedule }, { getReview }] = await Promise.all([import("@/lib/review/scheduler"), import("@/lib/review/store")]);
  const titles = new Map(steps.flatMap((step) => step.topics.map((topic) => [`${step.slug}/${topic.id}`, topic.title])));
  return reviewSchedule(progress, await getReview(), steps).map((scheduled) => ({ ...scheduled, title: titles.get(`${scheduled.slug}/${scheduled.topicId}`) ?? scheduled.topicId }));
}

/** What the plan says of the finish: when, or why there is no date. */
function describeFinish(t: Translator<"plan">, pace: Pace | null, finish: Date | null): string {
  if (!pace) return t("noPace");
  if (!finish) return t("nothingLeft");
  return t("finish", { hoursPerWeek: pace.hoursPerWeek, date: formatLearnerDate(finish, t.locale) });
}

export interface StudyPlanProps {
  steps: CalendarStep[];
  siteName: string;
}

/**
 * The learner's plan: the hours left, a pace (hours per week) and the finish date it gives, the
 * weekly study sessions, and the plan as a calendar file. The calendar writer loads only when asked for.
 */
export function StudyPlanForm({ steps, siteName }: StudyPlanProps) {
  const t = useTranslations("plan");
  const tCalendar = useTranslations("calendar");
  const tUnits = useTranslations("units");
  const plan = usePlan();
  const progress = useProgress();
  const viewingShared = useViewingShared();
  const ids = useId();
  const { pace, projection, restartFrom } = usePlanProjectionContext()!;
  /** What the learner is typing in the hours field, until it leaves the field. */
  const [hoursDraft, setHoursDraft] = useState<string | null>(null);
  /** The pace before the learner's first keystroke in the field: what it keeps if they leave it with no valid pace typed. */
  const paceBeforeEditing = useRef<number | undefined>(undefined);
  /**
   * Whether the field last held text it cannot read as a number (it then reports ""). Kept from the
   * input event: Firefox empties such a field as it loses focus, before the blur handler runs.
   */
  const hoursUnreadable = useRef(false);
  const [message, setMessage] = useState("");
  // Until the stored plan is read the field is read-only, so nothing typed is measured against a pace it has not seen.
  const [planKnown, setPlanKnown] = useState(false);
  useEffect(() => {
    let mounted = true;
    void planReady().then(() => mounted && setPlanKnown(true));
    return () => {
      mounted = false;
    };
  }, []);

  if (viewingShared) return <p className="plan__shared">{t("hiddenWhileShared")}</p>;

  const left = hoursLeft(progress, steps);
  const hoursText = hoursDraft ?? (plan.hoursPerWeek === undefined ? "" : String(plan.hoursPerWeek));
  const hoursInvalid = hoursText.trim() !== "" && hoursPerWeekOf(hoursText) === null;
  // Emptied but not yet left: the plan stays until the learner leaves the field empty.
  const hoursEmptied = hoursDraft !== null && !hoursDraft.trim() && pace !== null;
  const tooLong = pace !== null && sessionMinutes(pace) > MAX_SESSION_HOURS * 60;

  /** A valid pace typed is the plan at once, so the dates follow as the learner types; nothing else changes it until they leave the field. */
  function changeHours(text: string) {
    if (hoursDraft === null) paceBeforeEditing.current = plan.hoursPerWeek;
    setHoursDraft(text);
    setMessage("");
    const hours = hoursPerWeekOf(text);
    if (hours !== null) void updatePlan((current) => ({ ...current, hoursPerWeek: hours }), "hoursPerWeek");
  }

  /**
   * Left empty, the field removes the plan; left with no valid pace (half-typed "61", "0", or text the
   * browser cannot read as a number and reports as no value), it keeps the one it had.
   */
  function leaveHours(field: HTMLInputElement) {
    const typed = hoursUnreadable.current || field.validity.badInput ? "?" : hoursDraft;
    hoursUnreadable.current = false;
    if (typed !== null && hoursPerWeekOf(typed) === null) {
      // Nothing the field could read was typed (only letters, say): the pace is the one stored.
      const kept = !typed.trim() ? undefined : hoursDraft === null ? plan.hoursPerWeek : paceBeforeEditing.current;
      void updatePlan((current) => (kept === undefined ? withoutPace(current) : { ...current, hoursPerWeek: kept }), "hoursPerWeek");
      // Unreadable text is not React's to replace when the value it had was "" too.
      if (kept === undefined) field.value = "";
    }
    setHoursDraft(null);
  }

  function toggleDay(day: Weekday, on: boolean) {
    setMessage("");
    if (!on && plan.days.length === 1) return setMessage(t("keepOneDay"));
    void updatePlan((current) => ({ ...current, days: sortDays(on ? [...current.days, day] : current.days.filter((other) => other !== day)) }));
  }

  function changeTime(time: string) {
    // A time field being cleared gives "": the sessions keep their time until a new one is complete.
    if (time) void updatePlan((current) => ({ ...current, time }), "time");
  }

  async function addToCalendar(pace: Pace) {
    if (tooLong) return setMessage(t("tooLongForCalendar"));
    try {
      const { studyPlanCalendar } = await import("@/lib/plan/calendar");
      // The file plans from now, and the page says the same dates from now on.
      const now = new Date();
      restartFrom(now);
      const progress = await getProgress();
      const reviews = pace.includeReviews === false ? [] : await scheduledReviews(progress, steps);
      const namespace = pageStorageNamespace();
      const calendar = studyPlanCalendar({ siteName, namespace, origin: window.location.origin, pace, progress, steps, reviews, now }, tCalendar);
      if (!calendar) return setMessage(t("nothingLeft"));
      const fileName = tCalendar("fileName", { namespace });
      downloadFile(calendar.text, "text/calendar", fileName);
      const date = formatLearnerDate(calendar.projection.finish!, t.locale);
      setMessage(t("calendarSaved", { fileName, date, milestones: calendar.milestones, reviews: calendar.reviews }));
    } catch {
      // The calendar writer could not load: offline before this page's files were saved, say.
      setMessage(t("calendarFailed"));
    }
  }

  return (
    <div className="plan__body">
      <p className="plan__left">
        {t.rich("timeLeft", {
          left: left.hours > 0 ? "some" : "none",
          hours: tUnits("aboutHours", { hours: left.hours }),
          unestimated: left.unestimated,
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <div className="plan__pace">
        <label htmlFor={`${ids}-hours`} className="plan__label">
          {t("hoursPerWeek")}
        </label>
        <input
          id={`${ids}-hours`}
          className="plan__hours"
          type="number"
          inputMode="numeric"
          min={MIN_HOURS_PER_WEEK}
          max={MAX_HOURS_PER_WEEK}
          step={1}
          value={hoursText}
          aria-invalid={hoursInvalid}
          aria-describedby={`${ids}-finish`}
          onChange={(event) => {
            // Firefox and Safari let letters into a number field and report its value as "", which
            // must not read as "no plan": such text is ignored, shown :invalid, and left it keeps the pace.
            if (!event.target.validity.badInput) changeHours(event.target.value);
          }}
          onInput={(event) => (hoursUnreadable.current = event.currentTarget.validity.badInput)}
          readOnly={!planKnown}
          onBlur={(event) => leaveHours(event.currentTarget)}
        />
      </div>
      <p id={`${ids}-finish`} className="plan__finish" aria-live="polite">
        {hoursInvalid || hoursEmptied ? t("invalidHours", { min: MIN_HOURS_PER_WEEK, max: MAX_HOURS_PER_WEEK }) : describeFinish(t, pace, projection?.finish ?? null)}
      </p>
      <fieldset className="plan__sessions">
        <legend className="plan__label">{t("studySessions")}</legend>
        <div className="plan__days">
          {WEEKDAYS.map((day) => (
            <label key={day} className="plan__day">
              <input type="checkbox" checked={plan.days.includes(day)} onChange={(event) => toggleDay(day, event.target.checked)} />
              <span aria-hidden="true">{t(`weekday${day}Short`)}</span>
              <span className="visually-hidden">{t(`weekday${day}`)}</span>
            </label>
          ))}
        </div>
        <label className="plan__time">
          <span>{t("startTime")}</span>
          <input type="time" value={plan.time} required onChange={(event) => changeTime(event.target.value)} />
        </label>
        <label className="plan__reviews">
          <input
            type="checkbox"
            checked={plan.includeReviews !== false}
            onChange={(event) => {
              const includeReviews = event.target.checked;
              void updatePlan((current) => ({ ...current, includeReviews }), "includeReviews");
            }}
          />
          <span>{t("includeReviews")}</span>
        </label>
        <p className={tooLong ? "plan__note plan__note--warning" : "plan__note"}>
          {!pace
            ? t("sessionsWithoutPace")
            : tooLong
              ? t("sessionsTooLong", { days: plan.days.length, length: describeMinutes(sessionMinutes(pace), t), maxHours: MAX_SESSION_HOURS })
              : t("sessions", { days: plan.days.length, length: describeMinutes(sessionMinutes(pace), t), reminderMinutes: REMINDER_MINUTES })}
        </p>
      </fieldset>
      <button type="button" className="button" onClick={() => (pace ? void addToCalendar(pace) : setMessage(t("setPaceFirst")))}>
        {t("addToCalendar")}
      </button>
      <p role="status" className="plan__status">
        {message}
      </p>
    </div>
  );
}
