import { useLingui } from "@lingui/react";
import { useCallback } from "react";
import type english from "./catalogs/en.json";

/** Every message id the English catalog holds: using any other id is a type error. */
export type MessageId = keyof typeof english;

export type Translate = (id: MessageId, values?: Record<string, string | number>) => string;

export function useText(): Translate {
  const { _ } = useLingui();
  return useCallback<Translate>((id, values) => _(id, values), [_]);
}
