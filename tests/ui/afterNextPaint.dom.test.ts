import { afterEach, describe, expect, it, vi } from "vitest";
import { afterNextPaint } from "../../src/ui/afterNextPaint.ts";
import { heldFrameCount, holdFrames, paintHeldFrames } from "../support/heldFrames.ts";

const tasksAfterPaint = () => new Promise((handled) => setTimeout(handled, 20));

afterEach(() => {
  paintHeldFrames();
  vi.restoreAllMocks();
});

describe("work done right after the next paint", () => {
  it("waits for the paint, then runs each task once, in the order asked, from one frame callback", async () => {
    holdFrames();
    const ran: string[] = [];
    afterNextPaint(() => ran.push("address"));
    afterNextPaint(() => ran.push("focus"));
    afterNextPaint(() => ran.push("save"));
    await tasksAfterPaint();
    expect(ran).toEqual([]);
    expect(heldFrameCount()).toBe(1);
    paintHeldFrames();
    await tasksAfterPaint();
    expect(ran).toEqual(["address", "focus", "save"]);
  });

  it("leaves out a task cancelled before the paint, and asks for a new frame for work asked after it", async () => {
    holdFrames();
    const ran: string[] = [];
    const cancel = afterNextPaint(() => ran.push("replaced"));
    afterNextPaint(() => ran.push("kept"));
    cancel();
    paintHeldFrames();
    afterNextPaint(() => ran.push("next frame"));
    await tasksAfterPaint();
    expect(ran).toEqual(["kept"]);
    paintHeldFrames();
    await tasksAfterPaint();
    expect(ran).toEqual(["kept", "next frame"]);
  });

  it("runs the other tasks when one fails: each is a message of its own", async () => {
    holdFrames();
    const failures: unknown[] = [];
    // A browser reports a failing message handler and goes on with the next message, as this channel does.
    class ReportingChannel {
      port1: { onmessage: (() => void) | null } = { onmessage: null };
      port2 = {
        postMessage: () =>
          setTimeout(() => {
            try {
              this.port1.onmessage?.();
            } catch (error) {
              failures.push(error);
            }
          }),
      };
    }
    vi.stubGlobal("MessageChannel", ReportingChannel);
    const ran: string[] = [];
    afterNextPaint(() => {
      throw new Error("the address could not be written");
    });
    afterNextPaint(() => ran.push("save"));
    paintHeldFrames();
    await tasksAfterPaint();
    vi.unstubAllGlobals();
    expect(failures).toHaveLength(1);
    expect(ran).toEqual(["save"]);
  });
});
