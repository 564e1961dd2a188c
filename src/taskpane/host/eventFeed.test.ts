import { createEventFeed } from "./eventFeed";

describe("createEventFeed", () => {
  it("registers once for many listeners, and unsubscribed listeners hear nothing", async () => {
    const register = jest.fn().mockResolvedValue(undefined);
    const feed = createEventFeed<{ onEvent: () => void; onError: (error: unknown) => void }>(register);
    const a = { onEvent: jest.fn(), onError: jest.fn() };
    const b = { onEvent: jest.fn(), onError: jest.fn() };
    const offA = feed.subscribe(a);
    feed.subscribe(b);
    await Promise.resolve();
    expect(register).toHaveBeenCalledTimes(1);
    offA();
    for (const listener of feed.listeners) listener.onEvent();
    expect(a.onEvent).not.toHaveBeenCalled();
    expect(b.onEvent).toHaveBeenCalledTimes(1);
  });

  it("reports a failed registration to the waiting listeners and retries on the next subscription", async () => {
    const register = jest.fn().mockRejectedValueOnce(new Error("no events here")).mockResolvedValue(undefined);
    const feed = createEventFeed<{ onError: (error: unknown) => void }>(register);
    const first = { onError: jest.fn() };
    feed.subscribe(first);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(first.onError).toHaveBeenCalledWith(new Error("no events here"));
    const second = { onError: jest.fn() };
    feed.subscribe(second);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(register).toHaveBeenCalledTimes(2);
    expect(second.onError).not.toHaveBeenCalled();
  });
});
