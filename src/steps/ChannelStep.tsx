import { osiptel } from "../content/osiptel.ts";
import { availableChannels } from "../flow/rules.ts";
import { useText } from "../i18n/useText.ts";
import { FactSource } from "../ui/FactSource.tsx";
import { ChoiceStep } from "./ChoiceStep.tsx";
import { useAnswers } from "./wizard.ts";

export function ChannelStep() {
  const t = useText();
  const channels = availableChannels(useAnswers());
  const onlyStore = channels.length === 1;
  const hint = (
    <>
      <p>{t(onlyStore ? "channel.onlyStore" : "channel.hint")}</p>
      <FactSource
        fact={onlyStore ? osiptel.representativeInPersonOnly : osiptel.channelsCarriersMustAccept}
      />
    </>
  );
  return <ChoiceStep question="channel" options={channels} hint={hint} />;
}
