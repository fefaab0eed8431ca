import { useState } from "react";

/**
 * Each submission that is refused shows the error summary anew, so it takes focus and is announced again: the
 * summary is keyed by the number of submissions so far.
 */
export function useSubmissionCount() {
  const [submissions, setSubmissions] = useState(0);
  return { submissions, countSubmission: () => setSubmissions((count) => count + 1) };
}
