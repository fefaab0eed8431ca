import { act, render, screen } from "@testing-library/react";
import { Activity, useState } from "react";
import { expect, it } from "vitest";
import { useSpanishText } from "../../src/i18n/useSpanishText.ts";

const request = "Hola. Quiero dar de baja esta línea móvil.";

function SpanishRequest() {
  const spanish = useSpanishText();
  return <p>{spanish ? spanish("staffCard.request") : "…"}</p>;
}

/** A page that loads the Spanish catalog, and the next one, prepared hidden before the catalog came. */
function PageAndNext() {
  const [nextShown, setNextShown] = useState(false);
  return (
    <>
      {!nextShown && (
        <>
          <SpanishRequest />
          <button type="button" onClick={() => setNextShown(true)}>
            Continue
          </button>
        </>
      )}
      <Activity mode={nextShown ? "visible" : "hidden"}>
        <SpanishRequest />
      </Activity>
    </>
  );
}

it("a page prepared, hidden, while the Spanish catalog was on its way has the Spanish words as soon as it shows", async () => {
  render(<PageAndNext />);
  expect(await screen.findByText(request, {}, { timeout: 10_000 })).toBeVisible();

  // The tap and everything it sets off before the next paint: no promise resolves in between.
  act(() => screen.getByRole("button", { name: "Continue" }).click());

  expect(screen.getByText(request)).toBeVisible();
}, 15_000);
