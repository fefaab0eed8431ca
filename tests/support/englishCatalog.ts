import { beforeAll } from "vitest";
import { wholeCatalog } from "../../src/i18n/catalogLoaders.ts";
import { i18n } from "../../src/i18n/i18n.ts";

beforeAll(async () => {
  i18n.loadAndActivate({ locale: "en", messages: await wholeCatalog("en") });
});
