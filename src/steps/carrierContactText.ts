import type { PhoneNumbers } from "../content/carriers/carrier.ts";
import { carrierFacts } from "../content/carriers/index.ts";
import type { Answers } from "../flow/answers.ts";
import { carrierWithFacts, isLostOrStolen } from "../flow/rules.ts";
import type { Translate } from "../i18n/useText.ts";
import { afterLabel } from "../ui/citationText.ts";
import { carrierName } from "./carrierName.ts";

const numbersText = ({ ownLine, anyPhone }: PhoneNumbers, t: Translate) =>
  `${ownLine.value} (${t("blockFirst.ownLine")}), ${anyPhone.value} (${t("blockFirst.anyPhone")})`;

/** The carrier's numbers and list of stores as lines of text, for the downloaded plan; none for another carrier. */
export function carrierContactText(answers: Answers, t: Translate): { title: string; lines: string[] } {
  const title = t("carrierContact.title", { carrier: carrierName(answers, t) });
  const known = carrierWithFacts(answers);
  if (!known) return { title, lines: [t("carrierContact.noNumbers")] };
  const carrier = carrierFacts[known];
  return {
    title,
    lines: [
      afterLabel(t("carrierContact.customerService"), numbersText(carrier.customerService, t)),
      ...(isLostOrStolen(answers)
        ? [afterLabel(`${t("blockFirst.numbersTitle")}:`, numbersText(carrier.lossAndTheft, t))]
        : []),
      ...(carrier.storeFinder
        ? [`${t("atStore.findStore", { carrier: carrier.name })}: ${carrier.storeFinder.value}`]
        : []),
    ],
  };
}
