import type { Fact } from "../content/fact.ts";

/** A number to call, as printed ("(01) 611 7777", "+51 930 123 123"), dialled as its digits and a leading +. */
export function PhoneLink({ number }: { number: Fact }) {
  const printed = String(number.value);
  return <a href={`tel:${printed.replace(/[^\d*#+]/g, "")}`}>{printed}</a>;
}
