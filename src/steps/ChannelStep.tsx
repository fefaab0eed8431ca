import { availableChannels } from "../flow/rules.ts";
import { useText } from "../i18n/useText.ts";
import { ChoiceStep } from "./ChoiceStep.tsx";
import { useAnswers } from "./wizard.ts";

export function ChannelStep() {
  const t = useText();
  const channels = availableChannels(useAnswers());
  const hint = <p>{t(channels.length === 1 ? "channel.onlyStore" : "channel.hint")}</p>;
  return <ChoiceStep question="channel" options={channels} hint={hint} />;
}
