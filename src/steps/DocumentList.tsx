import type { DocumentItem } from "../flow/documents.ts";
import { useText } from "../i18n/useText.ts";
import { Checklist } from "../ui/Checklist.tsx";
import { Statement } from "../ui/Statement.tsx";
import { documentLabel, documentReason } from "./documentItemText.ts";
import { useTicks, useWizardActions } from "./wizard.ts";

/** The documents as a checklist, each with why it is there and what that rests on. */
export function DocumentList({
  name,
  legend,
  documents,
}: {
  name: string;
  legend: string;
  documents: DocumentItem[];
}) {
  const t = useText();
  const ticks = useTicks();
  const { toggleTick } = useWizardActions();
  return (
    <Checklist
      name={name}
      legend={legend}
      items={documents.map((item) => ({
        id: item.id,
        label: documentLabel(item, t),
        detail: (
          <Statement as="span" basis={item.basis}>
            {documentReason(item, t)}
          </Statement>
        ),
      }))}
      ticked={ticks}
      onToggle={toggleTick}
    />
  );
}
