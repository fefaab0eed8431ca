import { act, render, screen, waitFor } from "@testing-library/react";
import { Activity, useState } from "react";
import { expect, it } from "vitest";
import { spanishCatalog, useSpanishText } from "../../src/i18n/useSpanishText.ts";

const request = "Hola. Quiero dar de baja esta línea móvil.";

/** A Spanish catalog that arrives when the test says. */
let arrive: (messages: Record<string, string>) => void = () => {};
const catalog = spanishCatalog(
  () =>
    new Promise((messages) => {
      arrive = messages;
    }),
);

function SpanishRequest() {
  const spanish = useSpanishText(catalog);
  return <p>{spanish ? spanish("staffCard.request") : "…"}</p>;
}

/**
 * A page that loads the Spanish catalog, and the next one rendered hidden before the catalog came, by React's
 * `<Activity>`: none of its effects runs until it shows, so the words must come from the render itself.
 */
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

it("a page rendered, hidden, before the Spanish catalog came has the Spanish words as soon as it shows", async () => {
  render(<PageAndNext />);
  await waitFor(() => expect(screen.getAllByText("…")).toHaveLength(2), { timeout: 5_000 });

  arrive({ "staffCard.request": request });
  expect(await screen.findByText(request)).toBeVisible();
  expect(screen.getAllByText("…")).toHaveLength(1);

  // The tap and everything it sets off before the next paint: no promise resolves in between.
  act(() => screen.getByRole("button", { name: "Continue" }).click());

  expect(screen.getByText(request)).toBeVisible();
}, 15_000);
