import { useId } from "react";
import { basedOn, ourAdvice } from "../content/basis.ts";
import type { CarrierFacts, PhoneNumbers } from "../content/carriers/carrier.ts";
import type { Answers } from "../flow/answers.ts";
import { carrierContact } from "../flow/carrierContact.ts";
import { useText } from "../i18n/useText.ts";
import { afterLabel } from "../ui/citationText.ts";
import { PhoneLink } from "../ui/PhoneLink.tsx";
import { Statement } from "../ui/Statement.tsx";
import { carrierName } from "./carrierName.ts";

/**
 * A carrier's two numbers of one kind, each dialled by a tap and cited: from the line itself, and from any phone; in a
 * list, named by the carrier.
 */
function Numbers({ numbers, label, namedBy }: { numbers: PhoneNumbers; label: string; namedBy?: string }) {
  const t = useText();
  const { ownLine, anyPhone } = numbers;
  return (
    <Statement as={namedBy ? "li" : "p"} basis={basedOn(ownLine, anyPhone)}>
      {namedBy && <strong>{namedBy} </strong>}
      {afterLabel(label, "")}
      <PhoneLink number={ownLine} /> ({t("blockFirst.ownLine")}), <PhoneLink number={anyPhone} /> (
      {t("blockFirst.anyPhone")})
    </Statement>
  );
}

/**
 * Customer service for someone abroad: the number written for dialling from there, marked as our reading, or the
 * plain word that the carrier's numbers are Peruvian ones.
 */
function NumberFromAbroad({ carrier, namedBy }: { carrier: CarrierFacts; namedBy?: string }) {
  const t = useText();
  const { fromAbroad, anyPhone, ownLine } = carrier.customerService;
  const Tag = namedBy ? "li" : "p";
  const name = namedBy && <strong>{namedBy} </strong>;
  if (!fromAbroad)
    return (
      <Statement as={Tag} basis={basedOn(ownLine, anyPhone)}>
        {name}
        {t("carrierContact.noNumberFromAbroad", {
          carrier: carrier.name,
          ownLine: String(ownLine.value),
          anyPhone: String(anyPhone.value),
        })}
      </Statement>
    );
  return (
    <Statement as={Tag} basis={basedOn(fromAbroad, anyPhone)}>
      {name}
      {afterLabel(t("carrierContact.fromAbroad"), "")}
      <PhoneLink number={fromAbroad} /> {t("carrierContact.fromAbroadNote")}
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
  const contact = carrierContact(answers);
  return (
    <section className="carrier-contact" aria-labelledby={titleId}>
      <Heading id={titleId}>{t("carrierContact.title", { carrier: carrierName(answers, t) })}</Heading>
      {contact.kind === "noNumbers" && (
        <Statement basis={ourAdvice}>{t("carrierContact.noNumbers")}</Statement>
      )}
      {contact.kind === "everyCarrier" && (
        <ul className="list">
          {contact.carriers.map((each) =>
            contact.fromAbroad ? (
              <NumberFromAbroad key={each.name} carrier={each} namedBy={each.name} />
            ) : (
              <Numbers
                key={each.name}
                numbers={each.customerService}
                label={t("carrierContact.customerService")}
                namedBy={each.name}
              />
            ),
          )}
        </ul>
      )}
      {contact.kind === "oneCarrier" && (
        <>
          {contact.fromAbroad ? (
            <NumberFromAbroad carrier={contact.carrier} />
          ) : (
            <Numbers numbers={contact.carrier.customerService} label={t("carrierContact.customerService")} />
          )}
          {contact.lossAndTheft && (
            <Numbers numbers={contact.lossAndTheft} label={`${t("blockFirst.numbersTitle")}:`} />
          )}
          {contact.carrier.storeFinder && (
            <Statement basis={basedOn(contact.carrier.storeFinder)}>
              <a
                href={String(contact.carrier.storeFinder.value)}
                hrefLang="es"
                rel="noreferrer noopener"
                target="_blank"
              >
                {t("atStore.findStore", { carrier: contact.carrier.name })}
              </a>
            </Statement>
          )}
        </>
      )}
    </section>
  );
}
