import { basedOn, ourAdvice } from "../content/basis.ts";
import { carrierFacts } from "../content/carriers/index.ts";
import type { Answers } from "../flow/answers.ts";
import { carrierWithFacts } from "../flow/rules.ts";
import { useText } from "../i18n/useText.ts";
import { PhoneLink } from "../ui/PhoneLink.tsx";
import { Statement } from "../ui/Statement.tsx";
import { carrierName } from "./carrierName.ts";

/** Where a page says "ask the carrier": that carrier's customer-service numbers, and its list of stores if known. */
export function CarrierContact({ answers }: { answers: Answers }) {
  const t = useText();
  const known = carrierWithFacts(answers);
  const carrier = known && carrierFacts[known];
  return (
    <section className="carrier-contact" aria-labelledby="carrier-contact-title">
      <h2 id="carrier-contact-title">{t("carrierContact.title", { carrier: carrierName(answers, t) })}</h2>
      {carrier ? (
        <>
          <Statement basis={basedOn(carrier.customerService.ownLine, carrier.customerService.anyPhone)}>
            {t("carrierContact.customerService")} <PhoneLink number={carrier.customerService.ownLine} /> (
            {t("blockFirst.ownLine")}), <PhoneLink number={carrier.customerService.anyPhone} /> (
            {t("blockFirst.anyPhone")})
          </Statement>
          {carrier.storeFinder && (
            <Statement basis={basedOn(carrier.storeFinder)}>
              <a
                href={String(carrier.storeFinder.value)}
                hrefLang="es"
                rel="noreferrer noopener"
                target="_blank"
              >
                {t("atStore.findStore", { carrier: carrier.name })}
              </a>
            </Statement>
          )}
        </>
      ) : (
        <Statement basis={ourAdvice}>{t("carrierContact.noNumbers")}</Statement>
      )}
    </section>
  );
}
