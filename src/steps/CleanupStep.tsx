import { osiptel } from "../content/osiptel.ts";
import { type MessageId, useText } from "../i18n/useText.ts";
import { Checklist } from "../ui/Checklist.tsx";
import { FactSource } from "../ui/FactSource.tsx";
import { InfoPage } from "../ui/InfoPage.tsx";
import { cleanupItems } from "./cleanupItems.ts";
import { useTicks, useWizardActions } from "./wizard.ts";

export function CleanupStep() {
  const t = useText();
  const ticks = useTicks();
  const { next, toggleTick } = useWizardActions();
  return (
    <InfoPage title={t("cleanup.title")} onContinue={next}>
      <p>{t("cleanup.intro", { days: Number(osiptel.numberReassignedAfterDays.value) })}</p>
      <FactSource fact={osiptel.numberReassignedAfterDays} />
      <Checklist
        name="cleanup"
        legend={t("cleanup.title")}
        items={cleanupItems.map((id) => ({ id, label: t(`cleanup.item.${id}` as MessageId) }))}
        ticked={ticks}
        onToggle={toggleTick}
      />
      <FactSource fact={osiptel.whatsappChangeNumber} />
    </InfoPage>
  );
}
