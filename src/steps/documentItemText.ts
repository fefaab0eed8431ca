import { carrierFacts } from "../content/carriers/index.ts";
import type { DocumentId } from "../flow/documents.ts";
import type { MessageId, Translate } from "../i18n/useText.ts";

const values = { months: Number(carrierFacts.bitel.representativeRequirements.value) };

export const documentLabel = (id: DocumentId, t: Translate) => t(`documents.item.${id}` as MessageId, values);

export const documentReason = (id: DocumentId, t: Translate) => t(`documents.why.${id}` as MessageId);
