import { afterRequest } from "../content/afterRequest.ts";
import { bajaDeadline, latestChosenDateMonths } from "../content/bajaDeadline.ts";
import { basedOn } from "../content/basis.ts";
import { citeEveryRule, citeRule } from "../content/fact.ts";
import { dayInLima } from "../flow/limaDate.ts";
import { useText } from "../i18n/useText.ts";
import { Statement } from "../ui/Statement.tsx";

/**
 * What follows the request, on the page that says how to make it: the deadline in force today in Lima, said plainly
 * when its start is not confirmed (the old, longer one may still be applied); the later date the user may choose;
 * and what is then not owed.
 */
export function AfterYouAsk() {
  const t = useText();
  const deadline = citeRule(bajaDeadline, dayInLima(new Date()));
  const [oldestRule] = bajaDeadline.rules;
  return (
    <section aria-labelledby="after-you-ask-title">
      <h2 id="after-you-ask-title">{t("afterYouAsk.title")}</h2>
      <Statement basis={basedOn(deadline)}>{t("afterYouAsk.deadline", { days: deadline.value })}</Statement>
      {deadline.norm?.startToBeConfirmed && (
        <Statement basis={basedOn(deadline, ...citeEveryRule(bajaDeadline))}>
          {t("afterYouAsk.deadlineToConfirm", { oldDays: oldestRule.value })}
        </Statement>
      )}
      <Statement basis={basedOn(latestChosenDateMonths)}>
        {t("afterYouAsk.laterDate", { months: Number(latestChosenDateMonths.value) })}
      </Statement>
      <Statement basis={basedOn(afterRequest.chargesAfterDueDateNotOwed)}>
        {t("afterYouAsk.chargesNotOwed")}
      </Statement>
    </section>
  );
}
