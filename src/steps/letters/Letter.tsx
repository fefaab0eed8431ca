import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import type { Basis } from "../../content/basis.ts";
import type { LetterId, LetterLine } from "../../flow/letters.ts";
import { useLanguageTag, useLocale } from "../../i18n/useLocale.ts";
import { useSpanishText } from "../../i18n/useSpanishText.ts";
import { type MessageId, useText } from "../../i18n/useText.ts";
import { isSpanish, SpanishLine } from "../../ui/SpanishLine.tsx";
import { Statement } from "../../ui/Statement.tsx";
import { letterHeadings, letterText, spanishLetter } from "./letterText.ts";

type LetterProps = {
  letter: LetterId;
  lines: readonly LetterLine[];
  /** What the letter's claims rest on: its sources are given under the text. */
  basis: Basis;
  /** What the letter is for and when to file it, in the user's language. */
  note: string;
  /** What else the user must know before using it, e.g. a carrier's own rule. */
  children?: ReactNode;
};

const canShare = () => typeof navigator !== "undefined" && typeof navigator.share === "function";

const isAbort = (error: unknown) => error instanceof DOMException && error.name === "AbortError";

/** Marks the one letter to print (the print stylesheet hides the rest of the page) until printing ends. */
function printOnly(letter: HTMLElement) {
  for (const marked of document.querySelectorAll<HTMLElement>("[data-printing]"))
    delete marked.dataset.printing;
  letter.dataset.printing = "";
  window.addEventListener("afterprint", () => delete letter.dataset.printing, { once: true });
  window.print();
}

/** One Spanish letter, with the user's own language under each line, to copy, share or print (in Spanish only). */
export function Letter({ letter, lines, basis, note, children }: LetterProps) {
  const t = useText();
  const spanish = useSpanishText();
  const locale = useLocale();
  const ownLang = useLanguageTag();
  const titleId = useId();
  const textBoxId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  const textBoxRef = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<MessageId | null>(null);
  const [copyFailures, setCopyFailures] = useState(0);

  // Where the clipboard refuses, the text is put in a box and selected, for the user to copy by hand.
  useEffect(() => {
    if (copyFailures === 0) return;
    textBoxRef.current?.focus();
    textBoxRef.current?.select();
  }, [copyFailures]);

  if (!spanish) return null;
  const heading = { spanish: spanish(letterHeadings[letter]), own: t(letterHeadings[letter]) };
  const textLines = letterText(lines, spanish, t, locale);
  const text = spanishLetter(heading.spanish, textLines);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("letters.copied");
    } catch {
      setCopyFailures((count) => count + 1);
      setStatus("letters.copyFailed");
    }
  };

  // share() must be called in the tap's own handler: nothing is awaited before it.
  const share = async () => {
    try {
      await navigator.share({ title: heading.spanish, text });
    } catch (error) {
      if (!isAbort(error)) setStatus("letters.shareFailed");
    }
  };

  return (
    <section className="letter" aria-labelledby={titleId} ref={sectionRef}>
      <h2 id={titleId}>
        <span lang="es-PE">{heading.spanish}</span>
        {!isSpanish(ownLang) && (
          <>
            {" "}
            <span className="letter__own-title" lang={ownLang}>
              {heading.own}
            </span>
          </>
        )}
      </h2>
      {children && <div className="letter__about">{children}</div>}
      <Statement as="div" basis={basis}>
        <p className="letter__note">{note}</p>
        <div className="letter__text">
          {textLines.map((line) => (
            <SpanishLine key={line.id} spanish={line.spanish} own={line.own} ownLang={ownLang} />
          ))}
        </div>
      </Statement>
      <div className="button-group letter__tools">
        <button type="button" className="button button--secondary" onClick={copy}>
          {t("letters.copy")}
        </button>
        {canShare() && (
          <button type="button" className="button button--secondary" onClick={share}>
            {t("letters.share")}
          </button>
        )}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => sectionRef.current && printOnly(sectionRef.current)}
        >
          {t("letters.print")}
        </button>
      </div>
      <p className="letter__status" role="status">
        {status ? t(status) : ""}
      </p>
      {copyFailures > 0 && (
        <div className="letter__text-box">
          <label className="form-label" htmlFor={textBoxId}>
            {t("letters.textBox")}
          </label>
          <textarea id={textBoxId} ref={textBoxRef} lang="es-PE" readOnly rows={12} value={text} />
        </div>
      )}
    </section>
  );
}
