"use client";

/** Last resort when the root layout itself fails: plain markup, no shared components. */
export default function GlobalError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "4rem 1rem", textAlign: "center" }}>
        <h1>Gatewise could not load</h1>
        <p>Please try again in a moment.</p>
        {error.digest ? (
          <p style={{ fontFamily: "monospace", fontSize: 12 }}>Reference: {error.digest}</p>
        ) : null}
        <button type="button" onClick={reset}>
          Try again
        </button>
      </body>
    </html>
  );
}
