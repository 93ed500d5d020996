"use client";

// Replaces the root layout when it fails, so it brings its own html and body.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "40rem", margin: "4rem auto", padding: "0 1rem" }}>
        <main>
          <h1>Something went wrong</h1>
          <p>The roadmap could not be shown. Please try again in a moment.</p>
          <p>
            <button type="button" onClick={reset}>
              Try again
            </button>{" "}
            {/* A full page load on purpose: the app shell itself failed. */}
            <a href="/">Back to the roadmap</a>
          </p>
        </main>
      </body>
    </html>
  );
}
