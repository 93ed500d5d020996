"use client";

import { useEffect, useId, useState } from "react";
import { useTranslations } from "@/components/i18n/messages-provider";
import { NOTE_COUNT_FROM, NOTE_MAX_LENGTH } from "@/lib/notes/limits";
import { notesReady, saveNote, useNote, useNoteUnsaved } from "@/lib/notes/store";
import { settleNoteConflict, useNoteConflict } from "@/lib/sync/note-conflicts";

export interface TopicNotesProps {
  stepSlug: string;
  topicId: string;
  topicTitle: string;
}

/**
 * The learner's plain-text notes on one topic, saved in this browser as they type. Behind a
 * disclosure button that opens by itself when the topic has notes. Once the learner types, the field's
 * text is theirs until they leave it: a change another tab makes to the same note is shown beside it,
 * never put in its place.
 */
export function TopicNotesEditor({ stepSlug, topicId, topicTitle }: TopicNotesProps) {
  const t = useTranslations("notes");
  const stored = useNote(stepSlug, topicId);
  const ids = useId();
  const [known, setKnown] = useState(false);
  const [open, setOpen] = useState(false);
  /** The field's text once the learner types in it, until they leave it; null while it shows what is stored. */
  const [draft, setDraft] = useState<string | null>(null);
  /** What another tab saved for this note while the learner was typing here. */
  const [otherTabText, setOtherTabText] = useState<string | null>(null);
  // From the store, not this component: the message is still there after leaving the page and coming back.
  const saveFailed = useNoteUnsaved(stepSlug, topicId);
  // From nothing: a note already known on the first render (after a client-side navigation) opens too.
  const [seen, setSeen] = useState("");
  /** Texts of this note from another device, edited there before the two synced. */
  const otherDeviceTexts = useNoteConflict(stepSlug, topicId);
  const [seenConflict, setSeenConflict] = useState(otherDeviceTexts);

  // Until stored notes are read the field is read-only, so nothing typed can be lost to them.
  useEffect(() => {
    let mounted = true;
    void notesReady().then(() => mounted && setKnown(true));
    return () => {
      mounted = false;
    };
  }, []);

  if (stored !== seen) {
    setSeen(stored);
    // A note that appears (read from storage, or written in another tab) is shown without a click.
    if (!seen && stored) setOpen(true);
    if (draft !== null && stored !== draft) setOtherTabText(stored);
  }
  if (otherDeviceTexts !== seenConflict) {
    setSeenConflict(otherDeviceTexts);
    if (otherDeviceTexts.length) setOpen(true);
  }

  function save(text: string) {
    void saveNote(stepSlug, topicId, text);
  }

  // The learner's text wins over another tab's change once they leave the field, or the tab: closing
  // a tab does not always blur its field first.
  useEffect(() => {
    if (draft === null || draft === stored) return;
    const onHide = () => {
      if (document.visibilityState === "hidden") save(draft);
    };
    document.addEventListener("visibilitychange", onHide);
    return () => document.removeEventListener("visibilitychange", onHide);
  });

  const text = draft ?? stored;
  const showCount = text.length >= NOTE_COUNT_FROM;
  return (
    <div className="topic-notes js-only">
      <button type="button" className="topic-notes__toggle" aria-expanded={open} aria-controls={`${ids}-panel`} onClick={() => setOpen(!open)}>
        {t.rich("toggle", { title: topicTitle, hidden: (chunks) => <span className="visually-hidden">{chunks}</span> })}
      </button>
      <div id={`${ids}-panel`} className="topic-notes__panel" hidden={!open}>
        <label htmlFor={`${ids}-field`} className="visually-hidden">
          {t("fieldLabel", { title: topicTitle })}
        </label>
        <textarea
          id={`${ids}-field`}
          className="topic-notes__field"
          rows={4}
          maxLength={NOTE_MAX_LENGTH}
          readOnly={!known}
          value={text}
          aria-describedby={showCount ? `${ids}-hint ${ids}-count` : `${ids}-hint`}
          onChange={(event) => {
            setDraft(event.target.value);
            save(event.target.value);
          }}
          onBlur={() => {
            // The text in the field is what the learner last saw and meant: it stays, over another tab's change.
            if (draft !== null && draft !== stored) save(draft);
            setDraft(null);
          }}
        />
        <div className="topic-notes__footer">
          <p id={`${ids}-hint`} className="topic-notes__hint">
            {t(saveFailed ? "hintPrivate" : "hintSaving")}
          </p>
          {showCount && (
            <p id={`${ids}-count`} className="topic-notes__count">
              {t("count", { count: text.length, max: NOTE_MAX_LENGTH })}
            </p>
          )}
        </div>
        <p role="status" className="topic-notes__messages">
          {[saveFailed && t("saveFailed"), otherTabText !== null && t("otherTabChanged")].filter(Boolean).join(" ")}
        </p>
        {otherTabText !== null && (
          <div className="topic-notes__conflict">
            <p>{t("otherTabText")}</p>
            <p className="topic-notes__other">{otherTabText || t("empty")}</p>
            <button type="button" className="button button--quiet" onClick={() => setOtherTabText(null)}>
              {t("dismiss")}
            </button>
          </div>
        )}
        {otherDeviceTexts.length > 0 && (
          <div className="topic-notes__conflict">
            <p>{t("otherDevice")}</p>
            {otherDeviceTexts.map((other) => (
              <p key={other} className="topic-notes__other">
                {other}
              </p>
            ))}
            <div className="topic-notes__choices">
              <button
                type="button"
                className="button button--quiet"
                onClick={() => settleNoteConflict(stepSlug, topicId, [text, ...otherDeviceTexts].filter((part) => part.trim()).join("\n\n"))}
              >
                {t("keepBoth")}
              </button>
              <button type="button" className="button button--quiet" onClick={() => settleNoteConflict(stepSlug, topicId, text)}>
                {t("keepThis")}
              </button>
            </div>
          </div>
        )}
      </div>
      {stored.trim() && (
        <div className="topic-notes__print">
          <p className="topic-notes__print-title">{t("printTitle")}</p>
          <p className="topic-notes__print-text">{stored}</p>
        </div>
      )}
    </div>
  );
}
