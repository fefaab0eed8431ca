import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { downloadFile } from "../../src/ui/downloadFile.ts";

const createObjectURL = vi.fn((_blob: Blob) => "blob:http://localhost/session");
const revokeObjectURL = vi.fn((_url: string) => undefined);
const original = {
  create: Object.getOwnPropertyDescriptor(URL, "createObjectURL"),
  revoke: Object.getOwnPropertyDescriptor(URL, "revokeObjectURL"),
};

type Clicked = { href: string; download: string; inPage: boolean };
let clicked: Clicked[] = [];

/** Records the link's click (which the browser would turn into a download) and stops jsdom trying to navigate. */
function recordClick(event: MouseEvent) {
  if (!(event.target instanceof HTMLAnchorElement)) return;
  clicked.push({
    href: event.target.href,
    download: event.target.download,
    inPage: event.target.isConnected,
  });
  event.preventDefault();
}

function restore(name: "createObjectURL" | "revokeObjectURL", descriptor: PropertyDescriptor | undefined) {
  if (descriptor) Object.defineProperty(URL, name, descriptor);
  else Reflect.deleteProperty(URL, name);
}

beforeEach(() => {
  vi.useFakeTimers();
  clicked = [];
  Object.defineProperty(URL, "createObjectURL", {
    value: createObjectURL,
    configurable: true,
    writable: true,
  });
  Object.defineProperty(URL, "revokeObjectURL", {
    value: revokeObjectURL,
    configurable: true,
    writable: true,
  });
  document.addEventListener("click", recordClick);
});

afterEach(() => {
  document.removeEventListener("click", recordClick);
  restore("createObjectURL", original.create);
  restore("revokeObjectURL", original.revoke);
  createObjectURL.mockClear();
  revokeObjectURL.mockClear();
  vi.useRealTimers();
});

describe("downloadFile", () => {
  it("makes the file on the device, of the given type, with the given text", async () => {
    downloadFile("adios-chip.json", '{"answers":{}}', "application/json");
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    const blob = createObjectURL.mock.calls[0]?.[0];
    expect(blob).toBeInstanceOf(Blob);
    expect(blob?.type).toBe("application/json");
    expect(await blob?.text()).toBe('{"answers":{}}');
  });

  it("clicks a link, in the page, to that file under the download name, and leaves no link behind", () => {
    downloadFile("adios-chip.json", "{}", "application/json");
    expect(clicked).toEqual([
      { href: "blob:http://localhost/session", download: "adios-chip.json", inPage: true },
    ]);
    expect(document.querySelector("a")).toBeNull();
  });

  it("frees the file's address later, not at once (revoking at once can cancel the download)", () => {
    downloadFile("adios-chip.json", "{}", "application/json");
    expect(revokeObjectURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(5_000);
    expect(revokeObjectURL).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revokeObjectURL).toHaveBeenCalledExactlyOnceWith("blob:http://localhost/session");
  });
});
