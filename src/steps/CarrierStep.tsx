import { osiptel } from "../content/osiptel.ts";
import { carriers } from "../flow/answers.ts";
import { useText } from "../i18n/useText.ts";
import { FactSource } from "../ui/FactSource.tsx";
import { ChoiceStep } from "./ChoiceStep.tsx";

export function CarrierStep() {
  const t = useText();
  const hint = (
    <>
      <p>{t("carrier.hint")}</p>
      <FactSource fact={osiptel.checaTusLineas} />
    </>
  );
  return <ChoiceStep question="carrier" options={carriers} hint={hint} />;
}
