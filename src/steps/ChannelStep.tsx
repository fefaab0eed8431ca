import { basedOn } from "../content/basis.ts";
import { deceasedHolderChange, representation, rights } from "../content/rights.ts";
import { mustGoInPerson } from "../flow/rules.ts";
import { useText } from "../i18n/useText.ts";
import { Statement } from "../ui/Statement.tsx";
import { ChoiceStep } from "./ChoiceStep.tsx";
import { useAnswers } from "./wizard.ts";

export function ChannelStep() {
  const t = useText();
  const inPersonOnly = mustGoInPerson(useAnswers());
  const hint = inPersonOnly ? (
    <Statement basis={basedOn(representation.representativeMayAct, deceasedHolderChange)}>
      {t("channel.onlyStore")}
    </Statement>
  ) : (
    <Statement basis={basedOn(rights.channelsCarriersMustAccept)}>{t("channel.hint")}</Statement>
  );
  return <ChoiceStep question="channel" hint={hint} />;
}
