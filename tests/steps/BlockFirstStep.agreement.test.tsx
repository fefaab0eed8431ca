import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { cardStatuses, reasons } from "../../src/flow/answerOptions.ts";
import { documentsFor } from "../../src/flow/documents.ts";
import { planFor } from "../../src/flow/plan.ts";
import { isLostOrStolen } from "../../src/flow/rules.ts";
import { BlockFirstStep } from "../../src/steps/BlockFirstStep.tsx";
import { renderStep } from "../support/renderStep.tsx";

const blockingCases = reasons.flatMap((reason) =>
  cardStatuses.map((cardStatus) => ({ reason, cardStatus })).filter((answers) => isLostOrStolen(answers)),
);

describe("the blocking page, the plan and the document list agree on a police report", () => {
  it.each(blockingCases)("reason $reason, card $cardStatus", ({ reason, cardStatus }) => {
    renderStep(<BlockFirstStep />, "blockFirst", { answers: { reason, cardStatus } });
    const pageAsks = screen.queryByText("Report it to the police (PNP).") !== null;
    const planAsks = planFor({ reason, cardStatus }, "2026-11-26").some(({ id }) => id === "reportToPolice");
    const listAsks = documentsFor({ reason, cardStatus }).some(({ id }) => id === "policeReport");
    expect({ pageAsks, listAsks }).toEqual({ pageAsks: planAsks, listAsks: planAsks });
    expect(planAsks).toBe(cardStatus === "stolen");
  });
});
