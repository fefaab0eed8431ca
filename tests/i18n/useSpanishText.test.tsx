import { act, render, screen } from "@testing-library/react";
import { Activity, useState } from "react";
import { expect, it, vi } from "vitest";
import { useSpanishText } from "../../src/i18n/useSpanishText.ts";

const request = "Hola. Quiero dar de baja esta línea móvil.";

/** The Spanish catalog arrives when the test says. */
const catalog = vi.hoisted(() => {
  let resolve: (messages: Record<string, string>) => void = () => {};
  const promise = new Promise<Record<string, string>>((arrive) => {
    resolve = arrive;
  });
  return { promise, resolve };
});
vi.mock("../../src/i18n/catalogLoaders.ts", () => ({ wholeCatalog: () => catalog.promise }));

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

it("a page prepared, hidden, before the Spanish catalog came has the Spanish words as soon as it shows", async () => {
  render(<PageAndNext />);
  await vi.waitFor(() => expect(screen.getAllByText("…")).toHaveLength(2), { timeout: 5_000 });

  catalog.resolve({ "staffCard.request": request });
  expect(await screen.findByText(request)).toBeVisible();
  expect(screen.getAllByText("…")).toHaveLength(1);

  // The tap and everything it sets off before the next paint: no promise resolves in between.
  act(() => screen.getByRole("button", { name: "Continue" }).click());

  expect(screen.getByText(request)).toBeVisible();
});
