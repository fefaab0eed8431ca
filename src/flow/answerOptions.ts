import * as z from "zod/mini";

export const reasons = [
  "leavingPeru",
  "switchingCarrier",
  "tooExpensive",
  "lostOrStolen",
  "holderDied",
  "unrecognisedLine",
  "other",
] as const;
/** Whether someone switching carrier wants to keep the number: porting it, not a cancellation, keeps it. */
export const keepNumberAnswers = ["yes", "no", "notSure"] as const;
/** Where the person who asks is: in Peru, leaving it (on a date, if known), or already abroad. */
export const whereabouts = ["inPeru", "leaving", "abroad"] as const;
/** Whether the Peruvian SIM receives text messages outside Peru (roaming on): the carriers' apps send a code by SMS. */
export const smsAbroadAnswers = ["yes", "no", "notSure"] as const;
export const cardStatuses = ["working", "suspendedForDebt", "lost", "stolen", "damaged"] as const;
export const planTypes = ["prepaid", "postpaid", "notSure"] as const;
/** The carriers the app has facts on (src/content/carriers), and the answers for any other. */
export const knownCarriers = ["claro", "movistar", "entel", "bitel"] as const;
export const carriers = [...knownCarriers, "other", "notSure"] as const;
export type KnownCarrier = (typeof knownCarriers)[number];
export const holders = ["me", "someoneElse", "deceased", "notSure"] as const;
/** Who asks for the cancellation of a line in someone else's name: its holder, or the user for the holder. */
export const requesters = ["theHolder", "me"] as const;
export const phoneOnInstalmentsAnswers = ["yes", "no", "notSure"] as const;
/** The PTP and the CPP are two documents: each is named as the person holds it, in the letters too. */
export const identityDocuments = ["dni", "carneExtranjeria", "passport", "ptp", "cpp", "other"] as const;
/**
 * How the cancellation is asked for: the holder at a store, by phone or in the app; from abroad, also someone in Peru
 * with the holder's carta poder, or OSIPTEL's "Quiero salirme" form.
 */
export const channels = ["store", "phone", "online", "someoneInPeru", "osiptelForm"] as const;
/** The carrier's own channels, by which a request it registers was made (someone in Peru asks at a store). */
export const carrierChannels = ["store", "phone", "online"] as const;

export type Reason = (typeof reasons)[number];
export type Whereabouts = (typeof whereabouts)[number];
export type CardStatus = (typeof cardStatuses)[number];
export type PlanType = (typeof planTypes)[number];
export type Carrier = (typeof carriers)[number];
export type Holder = (typeof holders)[number];
export type IdentityDocument = (typeof identityDocuments)[number];
export type Channel = (typeof channels)[number];
export type CarrierChannel = (typeof carrierChannels)[number];

/** A Peruvian mobile number: nine digits starting with 9 (the pages quote these figures). */
export const lineNumberFormat = { digits: 9, firstDigit: 9 } as const;

const restOfNumber = `\\d{${lineNumberFormat.digits - 1}}`;
const mobileNumber = `${lineNumberFormat.firstDigit}${restOfNumber}`;

/**
 * A Peruvian mobile number, optionally written with +51, spaces or dashes. It may be left empty: the staff card
 * then goes without it.
 */
export const optionalLineNumber = z.pipe(
  z.pipe(
    z.string(),
    z.transform((typed) =>
      typed.replace(/[\s-]/g, "").replace(new RegExp(`^\\+?51(?=${mobileNumber}$)`), ""),
    ),
  ),
  z.string().check(z.regex(new RegExp(`^(${mobileNumber})?$`))),
);

export const isCalendarDay = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
};

/** A day as a date field gives it (YYYY-MM-DD), or nothing: the question may be left empty. */
export const optionalDay = z.pipe(
  z.pipe(
    z.string(),
    z.transform((typed) => typed.trim()),
  ),
  z.string().check(z.refine((day) => day === "" || (/^\d{4}-\d{2}-\d{2}$/.test(day) && isCalendarDay(day)))),
);

/** What a ticked item on a checklist is called in the saved answers: a document or cleanup item's id. */
export const tickIdSchema = z.string().check(z.regex(/^[a-zA-Z]{1,40}$/));
