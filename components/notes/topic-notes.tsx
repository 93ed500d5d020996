import { ClientMessages } from "@/components/i18n/client-messages";
import { TopicNotesEditor, type TopicNotesProps } from "./topic-notes-editor";

/** The learner's notes on one topic, with the notes' words. */
export function TopicNotes(props: TopicNotesProps) {
  return (
    <ClientMessages namespaces={["notes"]}>
      <TopicNotesEditor {...props} />
    </ClientMessages>
  );
}
