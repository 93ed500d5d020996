"use client";


// A friendly page instead of a stack trace; the details stay in the server log.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="not-found">
      <h1>Something went wrong</h1>
      <p>This page could not be shown.</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>{" "}
        <a href="/">Back to the roadmap</a>
      </p>
    </div>
  );
}
