import { aboutThisApp, basedOn, ourAdvice } from "../content/basis.ts";
import { numberReassignedAfterDays } from "../content/money.ts";
import { cleanupItemsFor } from "../flow/cleanup.ts";
import { type MessageId, useText } from "../i18n/useText.ts";
import { Checklist } from "../ui/Checklist.tsx";
import { InfoPage } from "../ui/InfoPage.tsx";
import { Statement } from "../ui/Statement.tsx";
import { useAnswers, useTicks, useWizardActions } from "./wizard.ts";

export function CleanupStep() {
  const t = useText();
  const items = cleanupItemsFor(useAnswers());
  const ticks = useTicks();
  const { next, toggleTick } = useWizardActions();
  return (
    <InfoPage title={t("cleanup.title")} onContinue={next}>
      <Statement basis={basedOn(numberReassignedAfterDays)}>
        {t("cleanup.intro", { days: Number(numberReassignedAfterDays.value) })}
      </Statement>
      <Statement basis={aboutThisApp}>{t("cleanup.tick")}</Statement>
      <Statement as="div" basis={ourAdvice}>
        <Checklist
          name="cleanup"
          legend={t("cleanup.title")}
          items={items.map((id) => ({ id, label: t(`cleanup.item.${id}` as MessageId) }))}
          ticked={ticks}
          onToggle={toggleTick}
        />
      </Statement>
    </InfoPage>
  );
}
