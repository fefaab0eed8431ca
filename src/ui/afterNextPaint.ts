type Waiting = { task: () => void; cancelled: boolean };

/** The tasks asked for since the last frame began, or null when no frame is asked for yet. */
let waitingForFrame: Waiting[] | null = null;

/**
 * Runs a task right after the browser has painted the next frame, so that work the user does not see (the address
 * bar, the history, the saving) never delays what they do see. Returns a way to cancel it.
 * The tasks of one frame share one frame callback and one channel: that callback runs before the paint it waits for.
 */
export function afterNextPaint(task: () => void): () => void {
  const waiting = { task, cancelled: false };
  if (!waitingForFrame) {
    const tasks: Waiting[] = [];
    waitingForFrame = tasks;
    requestAnimationFrame(() => {
      waitingForFrame = null;
      // A message is handled right after the frame it was posted in has been painted; one message per task keeps
      // each task apart, so that one failing does not stop the others.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const next = tasks.shift();
        if (next && !next.cancelled) next.task();
      };
      for (const _ of tasks) channel.port2.postMessage(null);
    });
  }
  waitingForFrame.push(waiting);
  return () => {
    waiting.cancelled = true;
  };
}
