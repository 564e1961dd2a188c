/**
 * jsdom lacks ResizeObserver, which Fluent's MessageBar uses to pick its layout. Component
 * tests import this first; browsers (and Office) have the real one.
 */
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const target = globalThis as { ResizeObserver?: unknown };
target.ResizeObserver ??= NoopResizeObserver;
