import { fileNameFor } from "../../content/appIdentity.ts";
import type { Fact } from "../../content/fact.ts";
import { osiptel } from "../../content/osiptel.ts";
import type { Answers } from "../../flow/answers.ts";
import { documentsFor } from "../../flow/documents.ts";
import { type PlanActionId, planFor } from "../../flow/plan.ts";
import { questionIds } from "../../flow/steps.ts";
import type { MessageId, Translate } from "../../i18n/useText.ts";
import { answerText } from "../answerText.ts";
import { documentLabel, documentReason } from "../documentItemText.ts";

export const planFileName = fileNameFor("plan", "md");

/** The fact each step of the plan rests on, as the wizard's pages show it with its source. */
const factBehind: Partial<Record<PlanActionId, Fact>> = {
  blockLineAndPhone: osiptel.theftSteps,
  reportToPolice: osiptel.theftSteps,
  checkImeiBlocked: osiptel.blockingCode,
  considerPortability: osiptel.numberPortability,
  considerPlanChange: osiptel.planChange,
  considerSuspension: osiptel.temporarySuspension,
  checkLinesInYourName: osiptel.checaTusLineas,
  holderMustRequest: osiptel.onlyHolderMayRequest,
  changeHolderFirst: osiptel.deceasedHolderChange,
  settleDebt: osiptel.debtIsNoReasonToRefuse,
  useUpBalance: osiptel.prepaidBalanceRefund,
  cancelBeforeBillingCycle: osiptel.cancelBeforeBillingCycle,
  changeMessagingNumber: osiptel.whatsappChangeNumber,
  requestAtStore: osiptel.channelsCarriersMustAccept,
  requestByPhone: osiptel.channelsCarriersMustAccept,
  requestOnline: osiptel.channelsCarriersMustAccept,
  keepProof: osiptel.proofOfRequest,
  checkWithinFiveDays: osiptel.businessDaysToCancel,
};

/** The pages' "Source: site, last verified date" line, with the whole address, as text (the message marks a link). */
const sourceOf = (fact: Fact, t: Translate) =>
  t("common.factSource", { site: fact.source, date: fact.lastVerified }).replace(/<\/?0>/g, "");

/**
 * The summary as a Markdown file in the user's language, readable as plain text without the app: the plan in
 * order with the source of each fact behind it, the documents with their ticks, and the answers.
 */
export function planAsText(answers: Answers, ticks: readonly string[], t: Translate): string {
  const plan = planFor(answers).map(({ id }, index) => {
    const step = `${index + 1}. ${t(`plan.${id}` as MessageId)}`;
    const fact = factBehind[id];
    return fact ? `${step}\n   ${sourceOf(fact, t)}` : step;
  });
  const documents = documentsFor(answers).map(
    ({ id }) => `- [${ticks.includes(id) ? "x" : " "}] ${documentLabel(id, t)}\n  ${documentReason(id, t)}`,
  );
  const answerLines = questionIds.map(
    (question) =>
      `- ${t(`summary.question.${question}` as MessageId)}: ${answerText(question, answers[question], t)}`,
  );
  const section = (title: string, lines: string[]) => [`## ${title}`, "", ...lines, ""];
  return [
    `# ${t("app.name")}: ${t("summary.title")}`,
    "",
    ...section(t("summary.planTitle"), plan),
    ...section(t("summary.documentsTitle"), documents),
    ...section(t("summary.answersTitle"), answerLines),
  ].join("\n");
}
