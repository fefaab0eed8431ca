import { afterRequest } from "../../content/afterRequest.ts";
import { aboutThisApp, type Basis, basedOn, notInOurSources } from "../../content/basis.ts";
import { carrierFacts } from "../../content/carriers/index.ts";
import { representation, rights } from "../../content/rights.ts";
import type { Answers } from "../../flow/answers.ts";
import type { FollowUp, LetterDetails } from "../../flow/followUp.ts";
import { type LetterId, legalNameOf, letterLines, lettersFor } from "../../flow/letters.ts";
import { isRepresentative, isSomeoneElsesLine, representativeNeedsNotary } from "../../flow/rules.ts";
import { wayUpFor } from "../../flow/wayUp.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { type MessageId, type Translate, useText } from "../../i18n/useText.ts";
import { InfoPage } from "../../ui/InfoPage.tsx";
import { RecordForm } from "../../ui/RecordForm.tsx";
import { Statement } from "../../ui/Statement.tsx";
import { WayUpStageStatus } from "../afterRequest/WayUpStageStatus.tsx";
import { CarrierContact } from "../CarrierContact.tsx";
import { carrierName } from "../carrierName.ts";
import { Letter } from "./Letter.tsx";
import { blank } from "./letterText.ts";

type LettersPageProps = {
  answers: Answers;
  followUp: FollowUp;
  onSaveDetails: (details: unknown) => void;
  /** The details just refused, if any: the field at fault, and the message saying why. */
  error: { field: string; message: string } | null;
};

/** What each letter's claims rest on. */
const letterBasis: Record<LetterId, Basis> = {
  bajaRequest: basedOn(
    rights.mayCancelAnyTime,
    rights.proofOfRequest,
    afterRequest.chargesAfterDueDateNotOwed,
  ),
  cartaPoder: basedOn(representation.representativeMayAct),
  reclamo: basedOn(rights.proofOfRequest, afterRequest.chargesAfterDueDateNotOwed),
  queja: basedOn(afterRequest.queja),
  appeal: basedOn(afterRequest.appealDays),
};

const letterNote = (letter: LetterId, t: Translate): string => {
  switch (letter) {
    case "bajaRequest":
      return t("letters.bajaRequest.note");
    case "cartaPoder":
      return t("letters.cartaPoder.note");
    case "reclamo":
      return t("letters.reclamo.note");
    case "queja":
      return t("letters.queja.note");
    case "appeal":
      return t("letters.appeal.note", { days: Number(afterRequest.appealDays.value) });
  }
};

/** Bitel's rule for a representative's carta poder, with its source; for another carrier, that our sources are silent. */
function PowerOfAttorneyRule({ answers }: { answers: Answers }) {
  const t = useText();
  const bitelRule = carrierFacts.bitel.representativePowerMaxMonths;
  if (representativeNeedsNotary(answers) && bitelRule)
    return (
      <Statement basis={basedOn(bitelRule)}>
        {t("holderAdvice.bitel", { months: Number(bitelRule.value) })}
      </Statement>
    );
  return (
    <>
      <Statement basis={notInOurSources}>
        {t("letters.cartaPoder.otherCarrier", { carrier: carrierName(answers, t) })}
      </Statement>
      <CarrierContact answers={answers} heading="h3" />
    </>
  );
}

/**
 * For the letters of the way up: the day the rules allow it (the queja, the appeal), and for a representative, that
 * only the holder may file by phone or on the web.
 */
function WhenToFile({
  letter,
  answers,
  followUp,
}: {
  letter: LetterId;
  answers: Answers;
  followUp: FollowUp;
}) {
  const t = useText();
  if (letter === "bajaRequest" || letter === "cartaPoder") return null;
  const stage = wayUpFor(followUp).find(({ id }) => id === letter);
  return (
    <>
      {stage && <WayUpStageStatus stage={stage} followUp={followUp} />}
      {isRepresentative(answers) && (
        <Statement basis={basedOn(representation.claimsByPhoneOrWebHolderOnly)}>
          {t("letters.representativeInPerson")}
        </Statement>
      )}
    </>
  );
}

type DetailField = { name: keyof LetterDetails; label: MessageId; autoComplete: string; type?: "email" };

/** The user's own details are theirs to autofill; the holder's, when the line is someone else's, are not. */
function detailFields(answers: Answers): DetailField[] {
  const holder: DetailField[] = isSomeoneElsesLine(answers)
    ? [
        { name: "holderName", label: "letters.details.holderName", autoComplete: "off" },
        { name: "holderDocumentNumber", label: "letters.details.holderDocumentNumber", autoComplete: "off" },
      ]
    : [
        { name: "holderName", label: "letters.details.ownName", autoComplete: "name" },
        { name: "holderDocumentNumber", label: "letters.details.ownDocumentNumber", autoComplete: "off" },
      ];
  const representative: DetailField[] = isRepresentative(answers)
    ? [
        { name: "representativeName", label: "letters.details.ownName", autoComplete: "name" },
        {
          name: "representativeDocumentNumber",
          label: "letters.details.ownDocumentNumber",
          autoComplete: "off",
        },
      ]
    : [];
  return [
    ...holder,
    ...representative,
    { name: "email", label: "letters.details.email", autoComplete: "email", type: "email" },
  ];
}

/** The names, ID numbers and e-mail the letters need: kept on the device, never put in the address. */
function LetterDetailsForm({
  answers,
  details,
  onSave,
  error,
}: {
  answers: Answers;
  details: LetterDetails;
  onSave: (details: unknown) => void;
  error: { field: string; message: string } | null;
}) {
  const t = useText();
  return (
    <RecordForm
      id="letter-details"
      title={t("letters.details.heading")}
      intro={<Statement basis={aboutThisApp}>{t("letters.details.deviceNote")}</Statement>}
      fields={detailFields(answers).map(({ label, ...field }) => ({ ...field, label: t(label) }))}
      values={details}
      error={error}
      saveLabel={t("letters.details.save")}
      savedMessage={t("letters.details.saved")}
      onSave={onSave}
    />
  );
}

/** To whom the letters are addressed: the carrier's legal name with its source, or that our sources lack it. */
function AddresseeNote({ answers }: { answers: Answers }) {
  const t = useText();
  const legalName = legalNameOf(answers);
  const carrier = carrierName(answers, t);
  return legalName ? (
    <Statement basis={basedOn(legalName)}>
      {t("letters.legalName", { carrier, legalName: String(legalName.value) })}
    </Statement>
  ) : (
    <Statement basis={notInOurSources}>{t("letters.legalNameUnknown", { carrier })}</Statement>
  );
}

/** The Spanish letters that apply to the user, filled from their answers, their request and the details they type. */
export function LettersPage({ answers, followUp, onSaveDetails, error }: LettersPageProps) {
  const t = useText();
  const readsSpanish = useLocale() === "es";
  return (
    <InfoPage title={t("letters.title")}>
      <Statement basis={aboutThisApp}>{t("letters.intro", { blank })}</Statement>
      {!readsSpanish && <Statement basis={aboutThisApp}>{t("letters.ownLanguage")}</Statement>}
      <Statement basis={aboutThisApp}>{t("letters.printHint")}</Statement>
      <AddresseeNote answers={answers} />
      <LetterDetailsForm
        answers={answers}
        details={followUp.letterDetails}
        onSave={onSaveDetails}
        error={error}
      />
      {lettersFor(answers, followUp).map((letter) => (
        <Letter
          key={letter}
          letter={letter}
          lines={letterLines(letter, answers, followUp)}
          basis={letterBasis[letter]}
          note={letterNote(letter, t)}
        >
          {letter === "cartaPoder" && <PowerOfAttorneyRule answers={answers} />}
          <WhenToFile letter={letter} answers={answers} followUp={followUp} />
        </Letter>
      ))}
    </InfoPage>
  );
}
