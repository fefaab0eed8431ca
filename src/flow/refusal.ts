/**
 * Every message an answer or a record can be refused with: each is an id of the catalog, and the pages that show one
 * pass it to the catalog as it is, so the compiler checks that the catalog holds it.
 */
export type RefusalMessage =
  | "error.reason"
  | "error.keepNumber"
  | "error.whereabouts"
  | "error.receivesSms"
  | "error.cardStatus"
  | "error.planType"
  | "error.carrier"
  | "error.phoneOnInstalments"
  | "error.lineNumber"
  | "error.holder"
  | "error.requester"
  | "error.identityDocument"
  | "error.channel"
  | "error.channelUnavailable"
  | "error.flightDate"
  | "error.flightDateInPast"
  | "error.requestDate"
  | "error.requestDateInFuture"
  | "error.requestChannel"
  | "error.requestCode"
  | "error.chosenDate"
  | "error.lineCheck"
  | "error.reclamoDate"
  | "error.reclamoCode"
  | "error.answerDate"
  | "error.letterDetails";

/** An entry the machine refused: the field at fault (a question, or a field of a record) and the message saying why. */
export type Refusal = { field: string; message: RefusalMessage };
