import type { CarrierFacts, PhoneNumbers } from "../content/carriers/carrier.ts";
import type { Answers } from "../flow/answers.ts";
import { carrierContact } from "../flow/carrierContact.ts";
import type { Translate } from "../i18n/useText.ts";
import { afterLabel } from "../ui/citationText.ts";
import { carrierName } from "./carrierName.ts";

const numbersText = ({ ownLine, anyPhone }: PhoneNumbers, t: Translate) =>
  `${ownLine.value} (${t("blockFirst.ownLine")}), ${anyPhone.value} (${t("blockFirst.anyPhone")})`;

const customerService = (carrier: CarrierFacts, t: Translate) =>
  afterLabel(t("carrierContact.customerService"), numbersText(carrier.customerService, t));

/** As the page words it for someone abroad (`NumberFromAbroad`). */
function customerServiceFromAbroad(carrier: CarrierFacts, t: Translate): string {
  const { fromAbroad, ownLine, anyPhone } = carrier.customerService;
  if (!fromAbroad)
    return t("carrierContact.noNumberFromAbroad", {
      carrier: carrier.name,
      ownLine: String(ownLine.value),
      anyPhone: String(anyPhone.value),
    });
  return `${afterLabel(t("carrierContact.fromAbroad"), String(fromAbroad.value))} ${t("carrierContact.fromAbroadNote")}`;
}

/** The carrier contact (`carrierContact`) as lines of text, for the downloaded plan. */
export function carrierContactText(answers: Answers, t: Translate): { title: string; lines: string[] } {
  const title = t("carrierContact.title", { carrier: carrierName(answers, t) });
  const contact = carrierContact(answers);
  if (contact.kind === "noNumbers") return { title, lines: [t("carrierContact.noNumbers")] };
  const serviceOf = contact.fromAbroad ? customerServiceFromAbroad : customerService;
  if (contact.kind === "everyCarrier")
    return { title, lines: contact.carriers.map((each) => `${each.name}: ${serviceOf(each, t)}`) };
  const { carrier, lossAndTheft } = contact;
  return {
    title,
    lines: [
      serviceOf(carrier, t),
      ...(lossAndTheft ? [afterLabel(`${t("blockFirst.numbersTitle")}:`, numbersText(lossAndTheft, t))] : []),
      ...(carrier.storeFinder
        ? [`${t("atStore.findStore", { carrier: carrier.name })}: ${carrier.storeFinder.value}`]
        : []),
    ],
  };
}
