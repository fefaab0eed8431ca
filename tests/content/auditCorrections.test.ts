import { describe, expect, it } from "vitest";
import { afterRequest } from "../../src/content/afterRequest.ts";
import { alternatives } from "../../src/content/alternatives.ts";
import { bajaDeadline } from "../../src/content/bajaDeadline.ts";
import { carrierFacts } from "../../src/content/carriers/index.ts";
import { lossAndTheft } from "../../src/content/lossAndTheft.ts";
import { appNeedsTheLine, rights } from "../../src/content/rights.ts";

const contentSources = import.meta.glob<string>("/src/content/**/*.ts", {
  query: "?raw",
  import: "default",
  eager: true,
});

const hostOf = (url: string) => new URL(url).hostname;

describe("each source address", () => {
  it("is written once in the content, under one name", () => {
    const addresses = Object.values(contentSources).flatMap(
      (text) => text.match(/https:\/\/[^"`\s]+/g) ?? [],
    );
    const repeated = addresses.filter((address, index) => addresses.indexOf(address) !== index);
    expect(repeated).toEqual([]);
  });
});

describe("the sources the December audit corrected", () => {
  it("gives OSIPTEL's 20 business days for a reclamo over a baja not carried out, and no national 3 days", () => {
    expect(afterRequest.reclamoAnswerDays.value).toBe(20);
    expect(hostOf(afterRequest.reclamoAnswerDays.sources[0].url)).toBe("piuraempresarial.com");
    expect(afterRequest).not.toHaveProperty("reclamoAnswerDaysNational");
    expect(afterRequest.reclamoAnswerDays.sourcesDiffer).toBeUndefined();
  });

  it("cites Bitel's own page, first, for the code the app sends to the line", () => {
    expect(appNeedsTheLine.sources[0]).toEqual({
      url: "https://bitel.com.pe/suscripciones/mi-bitel/paquetes",
      kind: "carrier",
    });
  });

  it("cites the 2017 portability form for the old contract ending with portability", () => {
    expect(alternatives.numberPortability.sources[0]).toMatchObject({ kind: "regulation" });
    expect(alternatives.numberPortability.sources[0].url).toContain("Solicitud-de-Portabilidad-2017");
  });

  it("no longer cites a document-sharing copy of an old Claro manual", () => {
    const claro = carrierFacts.claro;
    const sources = [claro.customerService, claro.lossAndTheft].flatMap(({ ownLine }) => ownLine.sources);
    expect(sources.map(({ url }) => hostOf(url))).not.toContain("manualzilla.com");
  });

  it("points to OSIPTEL's own IMEI check first", () => {
    expect(lossAndTheft.checkImei.sources[0]).toMatchObject({ kind: "osiptel" });
  });

  it("cites the reclamos rule on OSIPTEL's own site first for the code every request gets", () => {
    expect(rights.proofOfRequest.sources[0]).toMatchObject({ kind: "regulation" });
    expect(hostOf(rights.proofOfRequest.sources[0].url)).toBe("www.osiptel.gob.pe");
  });

  it("marks the rules behind the computed dates that rest on the press alone", () => {
    const newRule = bajaDeadline.rules[1];
    expect(newRule?.pressOnly).toBe(true);
    expect(afterRequest.reclamoAnswerDays.pressOnly).toBe(true);
    expect(afterRequest.reclamoNotifyDays.pressOnly).toBe(true);
  });
});
