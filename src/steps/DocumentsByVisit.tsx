import type { DocumentItem, Visit } from "../flow/documents.ts";
import { useText } from "../i18n/useText.ts";
import { DocumentList } from "./DocumentList.tsx";

const visitTitles = {
  changeOfHolder: "documents.changeOfHolderVisit",
  cancellation: "documents.cancellationVisit",
} as const satisfies Record<Visit, string>;

type DocumentsByVisitProps = {
  name: string;
  legend: string;
  documents: DocumentItem[];
  heading: "h2" | "h3";
};

/** The document list, in two parts with a heading each when there are two visits (an heir's). */
export function DocumentsByVisit({ name, legend, documents, heading: Heading }: DocumentsByVisitProps) {
  const t = useText();
  const visits = [...new Set(documents.map((item) => item.visit))];
  if (visits.length < 2) return <DocumentList name={name} legend={legend} documents={documents} />;
  return visits.map((visit) => (
    <section key={visit}>
      <Heading>{t(visitTitles[visit])}</Heading>
      <DocumentList
        name={`${name}-${visit}`}
        legend={t(visitTitles[visit])}
        documents={documents.filter((item) => item.visit === visit)}
      />
    </section>
  ));
}
