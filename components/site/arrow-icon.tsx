/**
 * A decorative arrow, drawn: the site's font (Inter's Latin subset) has no arrow glyphs, and for a
 * character its font lacks the browser searches the system's fonts before it can lay the text out.
 */
export function ArrowIcon({ direction }: { direction: "left" | "right" }) {
  return (
    <svg className="arrow-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={direction === "right" ? "M2 8h11M9 3.5 13.5 8 9 12.5" : "M14 8H3M7 3.5 2.5 8 7 12.5"} />
    </svg>
  );
}
