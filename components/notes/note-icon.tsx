/** A decorative mark for a topic that has notes: a page with lines. The words are always there too. */
export function NoteIcon() {
  return (
    <svg className="note-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M3.5 1.5h6l3 3v10h-9zM9.5 1.5v3h3M5.5 8h5M5.5 10.5h5M5.5 13h3" />
    </svg>
  );
}
