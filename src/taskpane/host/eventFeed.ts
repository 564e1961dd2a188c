/**
 * One Excel event registration per host, fanned out to listeners that come and go.
 *
 * Handlers registered through Excel.run cannot be removed outside that run's context, so
 * the registration happens once, on the first subscription, and listeners unsubscribe
 * here. A failed registration is reported to the listeners waiting on it and retried by
 * the next subscription.
 */
export interface FeedListener {
  readonly onError: (error: unknown) => void;
}

export interface EventFeed<L extends FeedListener> {
  /** The current listeners, for the event handler to call. */
  readonly listeners: ReadonlySet<L>;
  /** Adds a listener (registering with Excel on first use); returns its unsubscribe. */
  subscribe(listener: L): () => void;
}

export function createEventFeed<L extends FeedListener>(register: () => Promise<void>): EventFeed<L> {
  const listeners = new Set<L>();
  let registration: Promise<void> | null = null;
  return {
    listeners,
    subscribe(listener) {
      listeners.add(listener);
      if (!registration) {
        registration = register().catch((error) => {
          registration = null;
          throw error;
        });
      }
      registration.catch((error) => {
        if (listeners.has(listener)) listener.onError(error);
      });
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
