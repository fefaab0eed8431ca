import type { CarrierFacts, PhoneNumbers } from "../content/carriers/carrier.ts";
import { carrierFacts } from "../content/carriers/index.ts";
import type { Answers } from "../flow/answers.ts";
import { carriersToContact, isLostOrStolen } from "../flow/rules.ts";
import type { Translate } from "../i18n/useText.ts";
import { afterLabel } from "../ui/citationText.ts";
import { carrierName } from "./carrierName.ts";

const numbersText = ({ ownLine, anyPhone }: PhoneNumbers, t: Translate) =>
  `${ownLine.value} (${t("blockFirst.ownLine")}), ${anyPhone.value} (${t("blockFirst.anyPhone")})`;

/**
 * The contacts the page gives (`carriersToContact`), as lines of text for the downloaded plan: the carrier's numbers
 * and list of stores; every carrier's numbers when the user does not know theirs; where to look for another carrier.
 */
export function carrierContactText(answers: Answers, t: Translate): { title: string; lines: string[] } {
  const title = t("carrierContact.title", { carrier: carrierName(answers, t) });
  const carriers = carriersToContact(answers).map((carrier) => carrierFacts[carrier]);
  const [carrier, ...others] = carriers;
  if (!carrier) return { title, lines: [t("carrierContact.noNumbers")] };
  const customerService = (each: CarrierFacts) =>
    afterLabel(t("carrierContact.customerService"), numbersText(each.customerService, t));
  if (others.length > 0)
    return { title, lines: carriers.map((each) => `${each.name}: ${customerService(each)}`) };
  return {
    title,
    lines: [
      customerService(carrier),
      ...(isLostOrStolen(answers)
        ? [afterLabel(`${t("blockFirst.numbersTitle")}:`, numbersText(carrier.lossAndTheft, t))]
        : []),
      ...(carrier.storeFinder
        ? [`${t("atStore.findStore", { carrier: carrier.name })}: ${carrier.storeFinder.value}`]
        : []),
    ],
  };
}
