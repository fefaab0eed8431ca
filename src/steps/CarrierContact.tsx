import { useId } from "react";
import { basedOn, ourAdvice } from "../content/basis.ts";
import type { CarrierFacts } from "../content/carriers/carrier.ts";
import { carrierFacts } from "../content/carriers/index.ts";
import type { Answers } from "../flow/answers.ts";
import { carriersToContact } from "../flow/rules.ts";
import { useText } from "../i18n/useText.ts";
import { afterLabel } from "../ui/citationText.ts";
import { PhoneLink } from "../ui/PhoneLink.tsx";
import { Statement } from "../ui/Statement.tsx";
import { carrierName } from "./carrierName.ts";

function CustomerService({ carrier, named }: { carrier: CarrierFacts; named?: boolean }) {
  const t = useText();
  const { ownLine, anyPhone } = carrier.customerService;
  return (
    <Statement as={named ? "li" : "p"} basis={basedOn(ownLine, anyPhone)}>
      {named && <strong>{carrier.name} </strong>}
      {afterLabel(t("carrierContact.customerService"), "")}
      <PhoneLink number={ownLine} /> ({t("blockFirst.ownLine")}), <PhoneLink number={anyPhone} /> (
      {t("blockFirst.anyPhone")})
    </Statement>
  );
}

/**
 * Where a page says "ask the carrier": that carrier's customer-service numbers, and its list of stores if known.
 * Before the carrier question, every carrier's numbers; for a carrier we have no facts on, where to look.
 */
export function CarrierContact({
  answers,
  heading: Heading = "h2",
}: {
  answers: Answers;
  heading?: "h2" | "h3";
}) {
  const t = useText();
  const titleId = useId();
  const carriers = carriersToContact(answers).map((carrier) => carrierFacts[carrier]);
  const [carrier, ...others] = carriers;
  return (
    <section className="carrier-contact" aria-labelledby={titleId}>
      <Heading id={titleId}>{t("carrierContact.title", { carrier: carrierName(answers, t) })}</Heading>
      {!carrier && <Statement basis={ourAdvice}>{t("carrierContact.noNumbers")}</Statement>}
      {carrier && others.length > 0 && (
        <ul className="list">
          {carriers.map((each) => (
            <CustomerService key={each.name} carrier={each} named />
          ))}
        </ul>
      )}
      {carrier && others.length === 0 && (
        <>
          <CustomerService carrier={carrier} />
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
      )}
    </section>
  );
}
