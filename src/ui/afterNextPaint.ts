/**
 * Runs a task right after the browser has painted the next frame, so that work the user does not see (the address
 * bar, the history) never delays what they do see. Returns a way to cancel it.
 */
export function afterNextPaint(task: () => void): () => void {
  let cancelled = false;
  const frame = requestAnimationFrame(() => {
    // A message is handled right after the frame it was posted in has been painted.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      if (!cancelled) task();
    };
    channel.port2.postMessage(null);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
  };
}
