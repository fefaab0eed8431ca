export { reopenFromAddress } from "../history/reopenFromAddress.ts";
export { SavedWelcome } from "../lines/SavedWelcome.tsx";
export { loadSession } from "./savedSession.ts";
