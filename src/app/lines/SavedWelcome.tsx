import { useText } from "../../i18n/useText.ts";
import { stepTitle } from "../../steps/stepTitle.ts";
import { WelcomeStep } from "../../steps/WelcomeStep.tsx";
import { SetAsidePlans } from "../session/SetAsidePlans.tsx";
import type { SavedSession, WizardStart } from "../session/savedSession.ts";
import { currentLineOf } from "../session/sessionLines.ts";
import { setAside } from "../session/setAside.ts";
import { lineActions } from "./lineActions.ts";
import { YourLines } from "./YourLines.tsx";

type SavedWelcomeProps = {
  saved: SavedSession;
  storage: Storage | null;
  onStart: (start: WizardStart) => void;
  onShow: (session: SavedSession) => void;
};

/** The welcome page of someone with a saved session: the line to resume, every line, and the plans set aside. */
export function SavedWelcome({ saved, storage, onStart, onShow }: SavedWelcomeProps) {
  const t = useText();
  const current = currentLineOf(saved);
  const open = (session: SavedSession) => onStart({ kind: "resume", session });
  return (
    <>
      <WelcomeStep
        resumable={{
          stepTitle: stepTitle(current.step, current.answers, t),
          savedAt: new Date(saved.savedAt),
          lineCount: saved.lines.length,
        }}
        lines={
          <YourLines
            session={saved}
            shownLine={saved.currentLine}
            shownNote={t("lines.resumeOpens")}
            {...lineActions(() => saved, { storage, open, show: onShow })}
          />
        }
        onStart={() => onStart({ kind: "new", revision: saved.revision })}
        onResume={() => open(saved)}
        onStartAgain={() => {
          if (!setAside(storage, saved)) return false;
          onStart({ kind: "new", revision: saved.revision });
          return true;
        }}
      />
      <SetAsidePlans storage={storage} current={saved} onBringBack={open} />
    </>
  );
}
