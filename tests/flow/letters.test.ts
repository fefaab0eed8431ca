import { setupI18n } from "@lingui/core";
import { beforeAll, describe, expect, it } from "vitest";
import { afterRequest } from "../../src/content/afterRequest.ts";
import type { Answers } from "../../src/flow/answers.ts";
import { type FollowUp, noFollowUp, type RequestRecord } from "../../src/flow/followUp.ts";
import { type LetterId, letterIds, letterLines, lettersFor } from "../../src/flow/letters.ts";
import { dueDateOf } from "../../src/flow/requestDates.ts";
import { wholeCatalog } from "../../src/i18n/catalogLoaders.ts";
import en from "../../src/i18n/catalogs/en.json";
import es from "../../src/i18n/catalogs/es.json";
import zh from "../../src/i18n/catalogs/zh.json";
import type { Translate } from "../../src/i18n/useText.ts";
import { blank, letterText } from "../../src/steps/letters/letterText.ts";
import { readableDate } from "../../src/ui/readableDate.ts";
import { completeAnswers } from "../support/completeAnswers.ts";

const holder: Answers = { ...completeAnswers, lineNumber: "987654321", identityDocument: "dni" };
const representative: Answers = { ...holder, holder: "someoneElse", requester: "me", channel: "store" };

const request: RequestRecord = { date: "2026-12-01", channel: "store", code: "BJ-778812", chosenDate: "" };

const details = {
  holderName: "Ana Quispe Mamani",
  holderDocumentNumber: "45879632",
  representativeName: "Luis Torres Vega",
  representativeDocumentNumber: "000123456",
  email: "ana@example.com",
};

const lineStillThere: FollowUp = {
  request,
  lineCheck: "stillWorking",
  escalation: { reclamoDate: "2026-12-10", reclamoCode: "RC-4471", answerDate: "2027-01-08" },
  letterDetails: details,
};

let spanish: Translate;
beforeAll(async () => {
  const i18n = setupI18n();
  i18n.loadAndActivate({ locale: "es", messages: await wholeCatalog("es") });
  spanish = (id, values) => i18n._(id, values);
});

/** A letter as the carrier reads it: its Spanish lines, one string. */
const spanishOf = (letter: LetterId, answers: Answers, followUp: FollowUp) =>
  letterText(letterLines(letter, answers, followUp), spanish, spanish, "es")
    .map((line) => line.spanish)
    .join("\n");

const inSpanish = (day: string) => readableDate(day, "es");

describe("the letters' text", () => {
  it("every line of every letter, in every case, has its message in the three catalogs", () => {
    const cases: [Answers, FollowUp][] = [
      [holder, noFollowUp],
      [representative, lineStillThere],
      [
        { ...representative, carrier: "bitel" },
        { ...lineStillThere, lineCheck: "stillBilled" },
      ],
      [holder, { ...lineStillThere, request: { ...request, chosenDate: "2026-12-20" } }],
    ];
    const ids = new Set(
      cases
        .flatMap(([answers, followUp]) =>
          letterIds.flatMap((letter) => letterLines(letter, answers, followUp)),
        )
        .map((line) => line.id),
    );
    for (const catalog of [en, es, zh]) expect([...ids].filter((id) => !(id in catalog))).toEqual([]);
  });
});

describe("which letters apply", () => {
  it("the written request always; nothing more before the line outlived its date", () => {
    expect(lettersFor(holder, noFollowUp)).toEqual(["bajaRequest"]);
    expect(lettersFor(holder, { ...noFollowUp, request, lineCheck: "gone" })).toEqual(["bajaRequest"]);
  });

  it("the carta poder only for a representative, not for a holder who asks themselves", () => {
    expect(lettersFor(representative, noFollowUp)).toEqual(["bajaRequest", "cartaPoder"]);
    expect(lettersFor({ ...representative, requester: "theHolder" }, noFollowUp)).toEqual(["bajaRequest"]);
  });

  it.each(["stillWorking", "stillBilled"] as const)(
    "the reclamo, the queja and the appeal once the line is %s after its date",
    (lineCheck) => {
      const unanswered = {
        ...lineStillThere,
        lineCheck,
        escalation: { ...lineStillThere.escalation, answerDate: "" },
      };
      expect(lettersFor(holder, unanswered)).toEqual(["bajaRequest", "reclamo", "queja", "appeal"]);
      expect(lettersFor(representative, unanswered)).toEqual([...letterIds]);
    },
  );

  it("no queja for silence once the carrier has answered the reclamo in time", () => {
    // The reclamo of 10 December 2026 answered on 8 January 2027, before its longest time ran out.
    expect(lettersFor(holder, lineStillThere)).toEqual(["bajaRequest", "reclamo", "appeal"]);
  });
});

describe("the written request", () => {
  it("names the holder, their ID, the carrier and the line, and asks for the code", () => {
    const letter = spanishOf("bajaRequest", holder, lineStillThere);
    // Claro's legal name (razón social) is not in our sources: a blank beside its trading name, saying what goes there.
    expect(letter).toContain(
      "Señores:\nClaro ([__________ (razón social: figura en su contrato o recibo)])\nPresente.-",
    );
    expect(letter).toContain("Yo, Ana Quispe Mamani, identificado(a) con DNI N.° 45879632");
    expect(letter).toContain("línea móvil N.° 987654321 (prepago)");
    expect(letter).toContain("Solicito la baja del servicio público móvil de la línea N.° 987654321");
    expect(letter).toContain("código de pedido o la constancia");
    expect(letter).toContain("ana@example.com");
    expect(letter).toContain(inSpanish(request.date));
  });

  it.each([
    ["ptp", "PTP"],
    ["cpp", "CPP"],
  ] as const)("names the holder's own document, %s, as %s and never the other", (identityDocument, name) => {
    const letter = spanishOf("bajaRequest", { ...holder, identityDocument }, lineStillThere);
    expect(letter).toContain(`identificado(a) con ${name} N.° 45879632`);
    expect(letter).not.toMatch(/CPP o PTP|PTP o CPP/);
  });

  it("gives no reason for the cancellation, whatever the user's reason", () => {
    const letter = spanishOf("bajaRequest", { ...holder, reason: "tooExpensive" }, lineStillThere);
    expect(letter).not.toMatch(/motivo|porque|caro|precio/i);
  });

  it("asks for the day the user chose, or else the deadline of the rules in force", () => {
    const chosen = { ...lineStillThere, request: { ...request, chosenDate: "2026-12-20" } };
    expect(spanishOf("bajaRequest", holder, chosen)).toContain(`se efectúe el ${inSpanish("2026-12-20")}`);
    expect(spanishOf("bajaRequest", holder, lineStillThere)).toContain(
      "plazo máximo que establece la normativa",
    );
  });

  it("a representative writes for the holder, and signs it", () => {
    const letter = spanishOf("bajaRequest", representative, lineStillThere);
    expect(letter).toContain(
      "Yo, Luis Torres Vega, identificado(a) con DNI N.° 000123456, en representación de Ana Quispe Mamani",
    );
    expect(letter).toContain("Adjunto también la carta poder");
    expect(letter).toMatch(/Firma: _+\nLuis Torres Vega\nDNI N.° 000123456$/);
  });
});

describe("what is not known stays a visible blank", () => {
  const nothingKnown: Answers = {
    ...completeAnswers,
    lineNumber: "",
    carrier: "notSure",
    planType: "notSure",
  };

  it.each([...letterIds])("%s has no empty value and shows the blank instead", (letter) => {
    const answers = { ...nothingKnown, holder: "someoneElse", requester: "me" } as const;
    const followUp: FollowUp = { ...noFollowUp, lineCheck: "stillBilled" };
    for (const line of letterLines(letter, answers, followUp))
      for (const value of Object.values(line.values)) expect(value).not.toEqual({ text: "" });
    const text = spanishOf(letter, answers, followUp);
    expect(text).toContain(blank);
    expect(text).not.toMatch(/undefined|null|N\.° [,.)]|N\.° \(|\(\)/);
  });

  it("the holder's name, ID number and line are blanks until given", () => {
    const letter = spanishOf("bajaRequest", nothingKnown, noFollowUp);
    expect(letter).toContain(`Yo, ${blank}, identificado(a) con pasaporte N.° ${blank}`);
    expect(letter).toContain(`línea móvil N.° ${blank} (${blank})`);
    expect(letter).toContain(
      `Señores:\n${blank} ([__________ (razón social: figura en su contrato o recibo)])\nPresente.-`,
    );
  });

  it("is addressed to the carrier's legal name where OSIPTEL's tariff sheet gives it", () => {
    expect(spanishOf("bajaRequest", { ...holder, carrier: "entel" }, lineStillThere)).toContain(
      "Señores:\nEntel (Entel Perú S.A.)\nPresente.-",
    );
    expect(spanishOf("bajaRequest", { ...holder, carrier: "bitel" }, lineStillThere)).toContain(
      "Señores:\nBitel (Viettel Perú S.A.C.)\nPresente.-",
    );
  });
});

describe("the reclamo", () => {
  it("carries the request's date and code, the line, and the day the baja was due with the later one as the fallback", () => {
    const letter = spanishOf("reclamo", holder, lineStillThere);
    expect(letter).toContain(`El ${inSpanish(request.date)} se solicitó la baja`);
    expect(letter).toContain("N.° 987654321");
    expect(letter).toContain("BJ-778812");
    // The 2nd under the one-day rule in force; the 10th under the five-day rule before it (8 and 9 December are
    // holidays), named in the same sentence while the new rule's start is unconfirmed, so that no day is given up.
    expect(dueDateOf(request)).toBe("2026-12-02");
    expect(letter).toContain(
      "La baja debía efectuarse a más tardar el 2 de diciembre de 2026 (o, a más tardar, el 10 de diciembre de 2026, si se aplicara el plazo de la norma anterior); sin embargo",
    );
    expect(letter).toContain(
      "con efecto desde el 2 de diciembre de 2026 (o, a más tardar, el 10 de diciembre de 2026, si se aplicara el plazo de la norma anterior)",
    );
    expect(letter).toContain("Materia del reclamo: falta de ejecución de baja.");
    expect(letter).toContain(inSpanish(lineStillThere.escalation.reclamoDate));
  });

  it("names no fallback when there is no later day: a day chosen after both rules' deadlines is the one claimed", () => {
    const chosen: FollowUp = { ...lineStillThere, request: { ...request, chosenDate: "2026-12-22" } };
    const letter = spanishOf("reclamo", holder, chosen);
    expect(letter).toContain("La baja debía efectuarse a más tardar el 22 de diciembre de 2026; sin embargo");
    expect(letter).not.toContain("norma anterior");
  });

  it("names the billing after the baja's date only when the line is still billed", () => {
    const billing = "cobros posteriores a la fecha en que se efectuó o correspondía efectuar la baja";
    expect(spanishOf("reclamo", holder, lineStillThere)).not.toContain(billing);
    const billed = spanishOf("reclamo", holder, { ...lineStillThere, lineCheck: "stillBilled" });
    expect(billed).toContain(`Materias del reclamo: (i) falta de ejecución de baja; y (ii) ${billing}.`);
    expect(billed).toContain(`Recibo reclamado: N.° ${blank}`);
  });
});

describe("the queja", () => {
  it("recalls the reclamo and the request, and asks for silencio administrativo positivo", () => {
    const letter = spanishOf("queja", holder, lineStillThere);
    expect(letter).toContain(
      `El ${inSpanish("2026-12-10")} se presentó el reclamo con código RC-4471, por falta de ejecución de baja de la línea N.° 987654321, presentada el ${inSpanish(request.date)} con el código BJ-778812.`,
    );
    expect(letter).toContain("se aplique el silencio administrativo positivo");
    expect(letter).toContain("TRASU");
  });

  it("says no answer came, or, for an answer recorded after the time ran out, that it came late", () => {
    const unanswered = { ...lineStillThere, escalation: { ...lineStillThere.escalation, answerDate: "" } };
    expect(spanishOf("queja", holder, unanswered)).toContain("sin que se haya notificado respuesta alguna");
    const lateAnswer = {
      ...lineStillThere,
      escalation: { ...lineStillThere.escalation, answerDate: "2027-02-01" },
    };
    expect(spanishOf("queja", holder, lateAnswer)).toContain(
      `recién se notificó el ${inSpanish("2027-02-01")}, fuera del plazo`,
    );
  });
});

describe("the appeal", () => {
  it("carries the answer's date, the reclamo's code and the days to appeal from the fact", () => {
    const letter = spanishOf("appeal", holder, lineStillThere);
    expect(letter).toContain(`El ${inSpanish("2027-01-08")} se notificó la respuesta de la empresa`);
    expect(letter).toContain("reclamo con código RC-4471");
    expect(letter).toContain(`dentro del plazo de ${afterRequest.appealDays.value} días hábiles`);
    expect(letter).toContain(`documento N.° ${blank}`);
  });
});

describe("the carta poder", () => {
  it("gives the holder's power to the representative, for this line and this baja only", () => {
    const letter = spanishOf("cartaPoder", representative, lineStillThere);
    expect(letter).toContain(
      // The holder's document type and address are not asked: blanks to fill in.
      `Yo, Ana Quispe Mamani, identificado(a) con ${blank} N.° 45879632, con domicilio en ${blank}, titular de la línea móvil N.° 987654321 (prepago), otorgo poder a Luis Torres Vega, identificado(a) con DNI N.° 000123456`,
    );
    expect(letter).toContain("ante Claro los siguientes trámites");
    expect(letter).toContain(`vigente hasta el ${blank}`);
    expect(letter).toContain("Acepto el poder.");
  });

  it("leaves its date to be filled when signed, as its age counts", () => {
    expect(spanishOf("cartaPoder", representative, lineStillThere)).toMatch(
      new RegExp(`^${literally(blank)}, ${literally(blank)}\n`),
    );
  });

  it("asks for the notary's legalisation for Bitel only", () => {
    const notary = "Legalización notarial de la firma del poderdante";
    expect(spanishOf("cartaPoder", { ...representative, carrier: "bitel" }, lineStillThere)).toContain(
      notary,
    );
    for (const carrier of ["claro", "movistar", "entel", "other"] as const)
      expect(spanishOf("cartaPoder", { ...representative, carrier }, lineStillThere)).not.toMatch(/notari/i);
  });
});

function literally(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
