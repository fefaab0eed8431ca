import { osiptel } from "../content/osiptel.ts";
import { mustGoInPerson } from "../flow/rules.ts";
import { useText } from "../i18n/useText.ts";
import { FactSource } from "../ui/FactSource.tsx";
import { ChoiceStep } from "./ChoiceStep.tsx";
import { useAnswers } from "./wizard.ts";

export function ChannelStep() {
  const t = useText();
  const inPersonOnly = mustGoInPerson(useAnswers());
  const hint = (
    <>
      <p>{t(inPersonOnly ? "channel.onlyStore" : "channel.hint")}</p>
      <FactSource
        fact={inPersonOnly ? osiptel.representativeInPersonOnly : osiptel.channelsCarriersMustAccept}
      />
    </>
  );
  return <ChoiceStep question="channel" hint={hint} />;
}
