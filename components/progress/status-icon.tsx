import type { TopicStatus } from "@/lib/progress/statuses";

/**
 * A topic's status as a shape, not a colour alone: an empty ring (not started), a half-filled one
 * (learning), a ticked disc (done) or a struck-through ring (skipped). Decorative: the status is
 * always also in text.
 */
export function StatusIcon({ status }: { status: TopicStatus }) {
  return <span className="status-icon" data-status={status} aria-hidden="true" />;
}
