import { type ComponentType, createElement } from "react";
import type { ChoiceQuestionId, StepId } from "../flow/steps.ts";
import { AtStoreStep } from "./AtStoreStep.tsx";
import { CheckInStep } from "./afterRequest/CheckInStep.tsx";
import { DueDateStep } from "./afterRequest/DueDateStep.tsx";
import { LettersStep } from "./afterRequest/LettersStep.tsx";
import { LineGoneStep } from "./afterRequest/LineGoneStep.tsx";
import { RequestMadeStep } from "./afterRequest/RequestMadeStep.tsx";
import { WayUpStep } from "./afterRequest/WayUpStep.tsx";
import { BalanceStep } from "./BalanceStep.tsx";
import { BlockFirstStep } from "./BlockFirstStep.tsx";
import { CarrierStep } from "./CarrierStep.tsx";
import { ChannelStep } from "./ChannelStep.tsx";
import { ChoiceStep } from "./ChoiceStep.tsx";
import { CleanupStep } from "./CleanupStep.tsx";
import { DamagedSimStep } from "./DamagedSimStep.tsx";
import { DebtFirstStep } from "./DebtFirstStep.tsx";
import { DocumentsStep } from "./DocumentsStep.tsx";
import { FlightDateStep } from "./FlightDateStep.tsx";
import { HolderAdviceStep } from "./HolderAdviceStep.tsx";
import { IdentityDocumentStep } from "./IdentityDocumentStep.tsx";
import { KeepNumberStep } from "./KeepNumberStep.tsx";
import { LineNumberStep } from "./LineNumberStep.tsx";
import { OnCallStep } from "./OnCallStep.tsx";
import { OnlineStep } from "./OnlineStep.tsx";
import { OsiptelFormStep } from "./OsiptelFormStep.tsx";
import { PlanTypeStep } from "./PlanTypeStep.tsx";
import { PortabilityStep } from "./PortabilityStep.tsx";
import { ReasonAdviceStep } from "./ReasonAdviceStep.tsx";
import { ReceivesSmsStep } from "./ReceivesSmsStep.tsx";
import { SomeoneInPeruStep } from "./SomeoneInPeruStep.tsx";
import { SummaryStep } from "./summary/SummaryStep.tsx";
import { UnrecognisedLineStep } from "./UnrecognisedLineStep.tsx";

type PageStep = Exclude<StepId, ChoiceQuestionId | "welcome">;

/**
 * The page for each step that needs its own: every step but the choice questions, and the choice questions with
 * more than a title and options. The welcome page is the app's, rendered with its session.
 */
const ownPages: Record<PageStep, ComponentType> & Partial<Record<ChoiceQuestionId, ComponentType>> = {
  keepNumber: KeepNumberStep,
  unrecognisedLine: UnrecognisedLineStep,
  reasonAdvice: ReasonAdviceStep,
  blockFirst: BlockFirstStep,
  portability: PortabilityStep,
  damagedSim: DamagedSimStep,
  receivesSms: ReceivesSmsStep,
  debtFirst: DebtFirstStep,
  planType: PlanTypeStep,
  carrier: CarrierStep,
  lineNumber: LineNumberStep,
  holderAdvice: HolderAdviceStep,
  identityDocument: IdentityDocumentStep,
  channel: ChannelStep,
  flightDate: FlightDateStep,
  documents: DocumentsStep,
  atStore: AtStoreStep,
  onCall: OnCallStep,
  someoneInPeru: SomeoneInPeruStep,
  osiptelForm: OsiptelFormStep,
  online: OnlineStep,
  balance: BalanceStep,
  cleanup: CleanupStep,
  summary: SummaryStep,
  requestMade: RequestMadeStep,
  dueDate: DueDateStep,
  checkIn: CheckInStep,
  lineGone: LineGoneStep,
  wayUp: WayUpStep,
  letters: LettersStep,
};

const choicePages = new Map<ChoiceQuestionId, ComponentType>();

/** A plain choice question's page: the shared choice page, for that question. */
function choicePage(question: ChoiceQuestionId): ComponentType {
  let page = choicePages.get(question);
  if (!page) {
    page = () => createElement(ChoiceStep, { question });
    choicePages.set(question, page);
  }
  return page;
}

export const pageFor = (step: Exclude<StepId, "welcome">): ComponentType =>
  ownPages[step] ?? choicePage(step as ChoiceQuestionId);
