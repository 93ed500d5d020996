import { SyncPanel } from "./sync-panel";

/** The overview's Sync region: what sync does and does not reveal, and its controls. */
export function SyncSection() {
  return (
    <section className="panel sync js-only" aria-labelledby="sync-title" id="sync">
      <h2 id="sync-title" className="panel__title">
        Sync across devices
      </h2>
      <p className="sync__about">
        Keep your statuses, notes, plan and reviews the same on your laptop and your phone, with no account. Everything is encrypted in
        this browser before it is sent: the server stores only data it cannot read.
      </p>
      <p className="sync__about">
        <strong>Anyone with the sync link can read and change this progress.</strong> Keep it as private as a password.
      </p>
      <SyncPanel />
    </section>
  );
}
