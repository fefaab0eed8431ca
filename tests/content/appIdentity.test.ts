import { describe, expect, it } from "vitest";
import { appId, fileNameFor, storageKeyPrefix } from "../../src/content/appIdentity.ts";

describe("the app's own name", () => {
  it("stays the one earlier versions marked saved data with, so what users saved before is still theirs", () => {
    expect(appId).toBe("adios-chip");
  });

  it("prefixes everything the app stores on the device, separated from the key's own name", () => {
    expect(storageKeyPrefix).toBe("adios-chip:");
  });

  it.each([
    ["session", "json", "adios-chip-session.json"],
    ["plan", "txt", "adios-chip-plan.txt"],
  ])("names the file for the %s with the .%s extension %s", (what, extension, fileName) => {
    expect(fileNameFor(what, extension)).toBe(fileName);
  });
});
