import type { CarrierChannel } from "../../flow/answerOptions.ts";
import type { MessageId } from "../../i18n/useText.ts";

/** How a request was made, in the words of the page that records it. */
export const channelLabels = {
  store: "requestMade.channelStore",
  phone: "requestMade.channelPhone",
  online: "requestMade.channelOnline",
} as const satisfies Record<CarrierChannel, MessageId>;
