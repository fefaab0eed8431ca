import { afterRequest } from "../content/afterRequest.ts";
import { basedOn } from "../content/basis.ts";
import { fromAbroad } from "../content/fromAbroad.ts";
import { appNeedsTheLine, deceasedHolderChange, representation, rights } from "../content/rights.ts";
import { channelHintFor } from "../flow/rules.ts";
import { useText } from "../i18n/useText.ts";
import { Statement } from "../ui/Statement.tsx";
import { ChoiceStep } from "./ChoiceStep.tsx";
import { useAnswers } from "./wizard.ts";

const hints = {
  representative: { text: "channel.onlyStore", basis: basedOn(representation.representativeMayAct) },
  abroad: {
    text: "channel.hintAbroad",
    basis: basedOn(appNeedsTheLine, fromAbroad.roamingOnlyOnRequest, afterRequest.quieroSalirme),
  },
  heir: { text: "channel.hintHeir", basis: basedOn(deceasedHolderChange, rights.channelsCarriersMustAccept) },
  noWorkingSim: { text: "channel.hintNoSim", basis: basedOn(appNeedsTheLine) },
  any: { text: "channel.hint", basis: basedOn(rights.channelsCarriersMustAccept) },
} as const;

export function ChannelStep() {
  const t = useText();
  const { text, basis } = hints[channelHintFor(useAnswers())];
  return <ChoiceStep question="channel" hint={<Statement basis={basis}>{t(text)}</Statement>} />;
}
