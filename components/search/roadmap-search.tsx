"use client";

import { useTranslations } from "@/components/i18n/messages-provider";
import { isEditableTarget } from "@/lib/browser/dom";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { noteOf } from "@/lib/notes/notes";
import { useNotes } from "@/lib/notes/store";
import type { Translator } from "@/lib/i18n/messages";
import { SEARCH_INDEX_PATH, searchEntries, type SearchEntry } from "@/lib/search/entries";

type Index = SearchEntry[] | "loading" | "failed" | null;

function searchStatus(t: Translator<"search">, index: Index, count: number, query: string): string {
  if (index === "failed") return t("failed");
  if (!Array.isArray(index)) return t("searching");
  return t("found", { count, query });
}

/**
 * Filters topics and resources across all steps, and the learner's own notes, as you type. "/" focuses the box, Escape clears it,
 * and the arrow keys move between the input and the result links. The index is fetched when the box
 * is first focused, so pages do not carry it.
 */
export function RoadmapSearch({ examples }: { examples: string[] }) {
  const t = useTranslations("search");
  const [query, setQuery] = useState("");
  const [index, setIndex] = useState<Index>(null);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const ids = useId();
  const notes = useNotes();
  const results = Array.isArray(index) ? searchEntries(index, query, (entry) => noteOf(notes, entry.slug, entry.topicId)) : [];

  function loadIndex() {
    if (index !== null && index !== "failed") return;
    setIndex("loading");
    fetch(SEARCH_INDEX_PATH)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((entries: unknown) => setIndex(Array.isArray(entries) ? (entries as SearchEntry[]) : "failed"))
      .catch(() => setIndex("failed"));
  }

  useEffect(() => {
    function focusOnSlash(event: globalThis.KeyboardEvent) {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || isEditableTarget(event.target)) return;
      event.preventDefault();
      input.current?.focus();
    }
    document.addEventListener("keydown", focusOnSlash);
    return () => document.removeEventListener("keydown", focusOnSlash);
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const links = Array.from(list.current?.querySelectorAll("a") ?? []);
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === "Escape") {
      setQuery("");
      input.current?.focus();
    } else if (event.key === "ArrowDown" && links.length) {
      links[Math.min(current + 1, links.length - 1)]?.focus();
    } else if (event.key === "ArrowUp" && current >= 0) {
      (current === 0 ? input.current : links[current - 1])?.focus();
    } else {
      return;
    }
    event.preventDefault();
  }

  const trimmed = query.trim();
  return (
    <div className="search js-only" onKeyDown={onKeyDown}>
      <label htmlFor={`${ids}-input`} className="search__label">
        {t("label")}
      </label>
      <div className="search__box">
        <input
          ref={input}
          id={`${ids}-input`}
          type="search"
          className="search__input"
          placeholder={examples.length ? t("placeholder", { examples: examples.join(", ") }) : undefined}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${ids}-hint`}
          aria-controls={results.length ? `${ids}-results` : undefined}
          value={query}
          onFocus={loadIndex}
          onChange={(event) => {
            loadIndex();
            setQuery(event.target.value);
          }}
        />
        <kbd className="search__key" aria-hidden="true">
          /
        </kbd>
      </div>
      <p id={`${ids}-hint`} className="visually-hidden">
        {t("hint")}
      </p>
      <p role="status" className="search__status">
        {trimmed ? searchStatus(t, index, results.length, trimmed) : ""}
      </p>
      {results.length > 0 && (
        <ul ref={list} id={`${ids}-results`} className="search__results" aria-label={t("results")}>
          {results.map(({ entry, matchedResources, noteExcerpt }) => (
            <li key={entry.href}>
              <a href={entry.href} className="search__result">
                <span className="search__result-title">{entry.title}</span>
                <span className="search__result-step">{entry.step}</span>
                {matchedResources.length > 0 && (
                  <span className="search__result-resources">
                    {matchedResources.map(({ title, suggested }, index) => (
                      <span key={title}>
                        {index > 0 && " · "}
                        {suggested ? t("suggested", { title }) : title}
                      </span>
                    ))}
                  </span>
                )}
                {noteExcerpt && <span className="search__result-note">{t("inNote", { excerpt: noteExcerpt })}</span>}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
