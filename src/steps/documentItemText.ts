import type { DocumentItem } from "../flow/documents.ts";
import type { MessageId, Translate } from "../i18n/useText.ts";

export const documentLabel = ({ id, values }: DocumentItem, t: Translate) =>
  t(`documents.item.${id}` as MessageId, values);

export const documentReason = ({ why }: DocumentItem, t: Translate) => t(`documents.why.${why}` as MessageId);
