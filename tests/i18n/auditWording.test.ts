import { describe, expect, it } from "vitest";
import en from "../../src/i18n/catalogs/en.json";
import es from "../../src/i18n/catalogs/es.json";
import zh from "../../src/i18n/catalogs/zh.json";

const catalogs = { en, es, zh } as const;
type MessageId = keyof typeof en;
const everyLanguage = (id: MessageId) => Object.values(catalogs).map((catalog) => catalog[id]);
const chinese = Object.entries(zh);

/** Each language's text of `id` holds its own wording of the correction. */
const saysInEachLanguage = (id: MessageId, wording: Record<keyof typeof catalogs, string>) => {
  for (const [locale, words] of Object.entries(wording) as [keyof typeof catalogs, string][])
    expect(catalogs[locale][id], `${locale} ${id}`).toContain(words);
};

describe("the wording the December audit corrected, in the three languages", () => {
  it("the 210 days with balance are the earlier norm's, which the new one may have changed", () => {
    saysInEachLanguage("balance.unusedPrepaidLine", {
      en: "under the earlier norm",
      es: "bajo la norma anterior",
      zh: "依据旧规定",
    });
  });

  it("a phone on instalments stays owed, and nothing says the carrier may hold the cancellation up over it", () => {
    saysInEachLanguage("plan.settlePhone", {
      en: "Our sources do not say whether it must be paid before the cancellation, nor whether the carrier may refuse or delay",
      es: "Nuestras fuentes no dicen si hay que pagarlo antes de la baja, ni si la operadora puede negarse",
      zh: "我们的资料没有说明是否必须在注销前付清",
    });
  });

  it("2027's holidays, worked out from the law, may still move with the bills before Congress", () => {
    saysInEachLanguage("holidays.pendingBills", {
      en: "none had passed",
      es: "ninguno se había aprobado",
      zh: "均未通过",
    });
  });

  it("the carriers' numbers come from older lists, with where to look when one does not answer", () => {
    saysInEachLanguage("carrierContact.customerService", {
      en: "older lists",
      es: "listas antiguas",
      zh: "较早的名单",
    });
  });

  it("a refused request leads to “Quiero salirme” or a reclamo, not to a queja", () => {
    for (const text of everyLanguage("atStore.refused")) {
      expect(text).toContain("Quiero salirme");
      expect(text).toContain("reclamo");
      expect(text).not.toContain("queja");
    }
  });

  it("the reclamo's matter is the rules' own: “falta de ejecución de baja”", () => {
    for (const catalog of Object.values(catalogs)) {
      const texts = Object.values(catalog).join("\n");
      expect(texts).not.toContain("falta de atención");
      expect(catalog["wayUp.reclamo"]).toContain("“falta de ejecución de baja”");
    }
    expect(es["letters.reclamo.matter"]).toContain("falta de ejecución de baja");
  });

  it("the flight plan says the line should be gone, counting the longest time the rules may give", () => {
    expect(en["plan.askBeforeFlight"]).toContain("should be gone");
    expect(en["plan.askBeforeFlight"]).not.toContain("is gone");
    expect(es["plan.askBeforeFlight"]).toContain("debería");
    expect(zh["plan.askBeforeFlight"]).toContain("最长期限");
  });

  it("says what is not known, and to ask, where the research cannot settle it", () => {
    for (const id of ["unrecognisedLine.withoutDni", "balance.billingCycle", "channel.onlyStore"] as const) {
      expect(en[id]).toContain("not known");
      expect(es[id]).toContain("No se sabe");
      expect(zh[id]).toContain("尚不清楚");
    }
    expect(zh["unrecognisedLine.withoutDni"]).not.toContain("只能");
    expect(en["balance.billingCycle"]).not.toContain("You will get a final bill");
  });

  it("keeps Claro's replacement deadline to the prepaid lines its source is about", () => {
    for (const id of ["blockFirst.claroReplacementDays", "plan.claroReplacementDeadline"] as const) {
      expect(en[id]).toContain("for a prepaid line");
      expect(es[id]).toContain("prepago");
      expect(zh[id]).toContain("预付费");
    }
  });

  it("gives the carriers' numbers as numbers to dial in Peru", () => {
    expect(everyLanguage("blockFirst.anyPhone")).toEqual([
      "from any phone in Peru",
      "desde cualquier teléfono en el Perú",
      "在秘鲁境内用任何电话拨打",
    ]);
  });

  it("gives OSIPTEL's steps as steps after a theft, the police left out after a loss", () => {
    expect(en["blockFirst.urgent"]).toContain("OSIPTEL's steps after a theft");
    expect(en["blockFirst.urgent"]).not.toContain("after a loss or theft");
    expect(es["blockFirst.urgent"]).toContain("después de un robo");
    expect(zh["blockFirst.urgent"]).toContain("被盗后处理步骤");
  });

  it("the replacement SIM's hours come from the new rules, whose start is not confirmed, wherever they are given", () => {
    const replacementHours = [
      "blockFirst.replacementForCodes",
      "plan.getReplacementSim",
      "portability.replacementSim",
      "damagedSim.replacement",
    ] as const;
    for (const id of replacementHours)
      saysInEachLanguage(id, { en: "not confirmed", es: "no está confirmada", zh: "尚未确认" });
  });

  it("tells a temporary suspension ends by itself, and that its terms may have changed", () => {
    saysInEachLanguage("reasonAdvice.leavingPeru.body", {
      en: "comes back on by itself",
      es: "se reactiva sola",
      zh: "自动恢复",
    });
  });
});

describe("the Chinese texts", () => {
  it("name each step of the way up by its Spanish term, glossed, wherever it is introduced", () => {
    const glossed = {
      reclamo: "reclamo（向运营商提出的正式投诉）",
      queja: "queja（针对投诉处理程序的申诉）",
      apelación: "apelación（向 TRASU 上诉）",
    };
    expect(zh["wayUp.reclamo"]).toContain(glossed.reclamo);
    expect(zh["wayUp.queja"]).toContain(glossed.queja);
    expect(zh["wayUp.appeal"]).toContain(glossed.apelación);
    for (const [id, text] of chinese) {
      expect(text, id).not.toMatch(/投诉（reclamo）|申诉（queja）|上诉（apelación）/);
    }
  });

  it("call the carta poder one with a notary-certified signature, never a notarial deed", () => {
    for (const [id, text] of chinese) expect(text, id).not.toContain("经公证的授权书");
    expect(zh["documents.item.notarisedPowerOfAttorney"]).toContain("公证人认证的授权书");
    expect(zh["holderAdvice.bitel"]).toContain("公证人认证签名的授权书");
  });

  it("call the carrier's office 营业厅 throughout, and do not put the rules on “the law”", () => {
    for (const [id, text] of chinese) {
      expect(text, id).not.toContain("门店");
      expect(text, id).not.toContain("法律不要求");
    }
  });

  it("use full-width punctuation beside Chinese characters, even across a space, and Chinese enumerations", () => {
    const halfWidthBesideHan = /\p{Script=Han}\s?[,;:!?()]|[,;:!?()]\s?\p{Script=Han}/u;
    const latinEnumeration = /(^|\s|\()([a-z]|i{1,3}|iv)\)/;
    for (const [id, text] of chinese) {
      expect(text, id).not.toMatch(halfWidthBesideHan);
      expect(text, id).not.toMatch(latinEnumeration);
    }
  });
});

describe("the Spanish counter card", () => {
  it("names each paper it lists after “Traigo:” without addressing anyone, as the clerk reads it", () => {
    const papers = Object.entries(es).filter(([id]) => id.startsWith("documents.item."));
    for (const [id, text] of papers) expect(text, id).not.toMatch(/\b(tu|tus|su|sus|usted)\b/i);
  });
});
