import { afterRequest } from "../../content/afterRequest.ts";
import { bajaDeadline } from "../../content/bajaDeadline.ts";
import { aboutThisApp, type Basis, basedOn } from "../../content/basis.ts";
import { citeRule } from "../../content/fact.ts";
import type { FollowUp } from "../../flow/followUp.ts";
import { type StageStatus, stageStatus, type WayUpStage, type WayUpStageId } from "../../flow/wayUp.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { useText } from "../../i18n/useText.ts";
import { readableDate } from "../../ui/readableDate.ts";
import { Statement } from "../../ui/Statement.tsx";
import { today } from "../wizard.ts";

const statusMessages = {
  open: "wayUpDated.status.open",
  openUntil: "wayUpDated.status.openUntil",
  opensLater: "wayUpDated.status.opensLater",
  waitsForReclamo: "wayUpDated.status.waitsForReclamo",
  waitsForAnswer: "wayUpDated.status.waitsForAnswer",
  carrierAnswered: "wayUpDated.status.carrierAnswered",
  ended: "wayUpDated.status.ended",
} as const satisfies Record<StageStatus, string>;

/** The rules each step's dates are counted by: the baja's deadline, the carrier's time to answer, the appeal's. */
function datesRestOn(id: WayUpStageId, followUp: FollowUp): Basis {
  const { reclamoAnswerDays, reclamoNotifyDays, appealDays } = afterRequest;
  if (id === "queja") return basedOn(reclamoAnswerDays, reclamoNotifyDays);
  if (id === "appeal") return basedOn(appealDays);
  return followUp.request ? basedOn(citeRule(bajaDeadline, followUp.request.date)) : aboutThisApp;
}

/** When a step of the way up may be taken, as of today in Lima, with the rules its days are counted by. */
export function WayUpStageStatus({ stage, followUp }: { stage: WayUpStage; followUp: FollowUp }) {
  const t = useText();
  const locale = useLocale();
  return (
    <Statement basis={datesRestOn(stage.id, followUp)}>
      <strong>
        {t(statusMessages[stageStatus(stage, today())], {
          opensOn: stage.opensOn ? readableDate(stage.opensOn, locale) : "",
          closesOn: stage.closesOn ? readableDate(stage.closesOn, locale) : "",
        })}
      </strong>
    </Statement>
  );
}
