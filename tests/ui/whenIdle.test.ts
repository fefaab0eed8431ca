import { afterEach, describe, expect, it, vi } from "vitest";
import { whenIdle } from "../../src/ui/whenIdle.ts";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function stubIdleCallback() {
  const requestIdleCallback = vi.fn((_task: () => void, _options?: { timeout?: number }) => 42);
  const cancelIdleCallback = vi.fn((_handle: number) => undefined);
  vi.stubGlobal("requestIdleCallback", requestIdleCallback);
  vi.stubGlobal("cancelIdleCallback", cancelIdleCallback);
  return { requestIdleCallback, cancelIdleCallback };
}

describe("whenIdle", () => {
  it("hands the task to requestIdleCallback, with a deadline, where the browser has it", () => {
    const { requestIdleCallback } = stubIdleCallback();
    const task = vi.fn();
    whenIdle(task);
    expect(task).not.toHaveBeenCalled();
    expect(requestIdleCallback).toHaveBeenCalledTimes(1);
    const [scheduled, options] = requestIdleCallback.mock.calls[0] ?? [];
    expect(options?.timeout).toBeGreaterThan(0);
    scheduled?.();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it("cancels the idle callback it asked for", () => {
    const { cancelIdleCallback } = stubIdleCallback();
    const cancel = whenIdle(vi.fn());
    expect(cancelIdleCallback).not.toHaveBeenCalled();
    cancel();
    expect(cancelIdleCallback).toHaveBeenCalledExactlyOnceWith(42);
  });

  it("falls back to a short timer where the browser has no requestIdleCallback", () => {
    expect("requestIdleCallback" in window).toBe(false);
    vi.useFakeTimers();
    const task = vi.fn();
    whenIdle(task);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it("cancels the timer", () => {
    vi.useFakeTimers();
    const task = vi.fn();
    const cancel = whenIdle(task);
    cancel();
    vi.runAllTimers();
    expect(task).not.toHaveBeenCalled();
  });
});
