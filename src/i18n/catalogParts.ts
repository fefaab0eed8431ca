/**
 * Each language's catalog is sent in two parts: what the welcome page and the app's frame show (its title, Start and
 * Resume, the saved-session notices and the lines, every step's title for "You stopped at"), which the first load carries, and
 * the rest, which comes with the wizard's own chunk.
 */
export type CatalogPart = "welcome" | "wizard";

const welcomeMessage =
  /^(app|common|welcome|lines|update)\.|^session\.(delete\.|downloadUnreadable$)|\.title$|\.title\.|Title$/;

export const catalogPartOf = (id: string): CatalogPart => (welcomeMessage.test(id) ? "welcome" : "wizard");
