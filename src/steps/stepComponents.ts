import type { ComponentType } from "react";
import type { StepId } from "../flow/steps.ts";
import { AtStoreStep } from "./AtStoreStep.tsx";
import { BalanceStep } from "./BalanceStep.tsx";
import { BlockFirstStep } from "./BlockFirstStep.tsx";
import { CardStatusStep } from "./CardStatusStep.tsx";
import { CarrierStep } from "./CarrierStep.tsx";
import { ChannelStep } from "./ChannelStep.tsx";
import { CleanupStep } from "./CleanupStep.tsx";
import { DebtFirstStep } from "./DebtFirstStep.tsx";
import { DocumentsStep } from "./DocumentsStep.tsx";
import { HolderAdviceStep } from "./HolderAdviceStep.tsx";
import { HolderStep } from "./HolderStep.tsx";
import { IdentityDocumentStep } from "./IdentityDocumentStep.tsx";
import { LineNumberStep } from "./LineNumberStep.tsx";
import { OnCallStep } from "./OnCallStep.tsx";
import { OnlineStep } from "./OnlineStep.tsx";
import { PlanTypeStep } from "./PlanTypeStep.tsx";
import { ReasonAdviceStep } from "./ReasonAdviceStep.tsx";
import { ReasonStep } from "./ReasonStep.tsx";
import { SummaryStep } from "./SummaryStep.tsx";

/** The page for each state of the machine except the welcome page, which the app renders with its session. */
export const stepComponents: Record<Exclude<StepId, "welcome">, ComponentType> = {
  reason: ReasonStep,
  reasonAdvice: ReasonAdviceStep,
  cardStatus: CardStatusStep,
  blockFirst: BlockFirstStep,
  debtFirst: DebtFirstStep,
  planType: PlanTypeStep,
  carrier: CarrierStep,
  lineNumber: LineNumberStep,
  holder: HolderStep,
  holderAdvice: HolderAdviceStep,
  identityDocument: IdentityDocumentStep,
  channel: ChannelStep,
  documents: DocumentsStep,
  atStore: AtStoreStep,
  onCall: OnCallStep,
  online: OnlineStep,
  balance: BalanceStep,
  cleanup: CleanupStep,
  summary: SummaryStep,
};
