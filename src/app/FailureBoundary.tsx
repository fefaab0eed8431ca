import { Component, type ReactNode } from "react";

type FailureBoundaryProps = { onFailure: () => void; children: ReactNode };

/**
 * The app's one error boundary: whatever fails while rendering (a chunk that could not be downloaded, a catalog)
 * is handed to `onFailure`, which shows the failure instead, and nothing is written to the device meanwhile.
 */
export class FailureBoundary extends Component<FailureBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch() {
    this.props.onFailure();
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
