import { bitel } from "./bitel.ts";
import type { CarrierFacts } from "./carrier.ts";
import { claro } from "./claro.ts";
import { entel } from "./entel.ts";
import { movistar } from "./movistar.ts";

export const carrierFacts = { claro, movistar, entel, bitel } satisfies Record<string, CarrierFacts>;
