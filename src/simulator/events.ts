/** Office's EventHandlers: `add(handler)` registers at the next sync and returns a removable result. */
import type { SelectionHandler } from "./engine";
import type { OpQueue, Exec } from "./proxy";
import { ACTION_OVERHEAD_BYTES } from "./payload";

export class EventHandlerResult {
  readonly context: OpQueue & object;
  private id: number | undefined;
  private readonly register: (exec: Exec) => number;

  constructor(context: OpQueue & object, register: (exec: Exec) => number) {
    this.context = context;
    this.register = register;
    context.enqueue({
      bytes: ACTION_OVERHEAD_BYTES,
      mutates: false,
      run: (exec) => {
        const id = this.register(exec);
        exec.commits.push(() => {
          this.id = id;
        });
      },
    });
  }

  remove(): void {
    this.context.enqueue({
      bytes: ACTION_OVERHEAD_BYTES,
      mutates: false,
      run: (exec) => {
        if (this.id !== undefined) exec.engine.removeSelectionHandler(this.id);
        exec.commits.push(() => {
          this.id = undefined;
        });
      },
    });
  }
}

export class SelectionChangedEvent {
  constructor(
    private readonly context: OpQueue & object,
    /** The sheet id at sync time, or null for every sheet. */
    private readonly sheetId: (exec: Exec) => string | null,
    private readonly type: "WorksheetSelectionChanged" | "WorkbookSelectionChanged" = "WorksheetSelectionChanged",
  ) {}

  add(handler: SelectionHandler): EventHandlerResult {
    if (typeof handler !== "function") throw new TypeError("onSelectionChanged.add needs a function");
    return new EventHandlerResult(this.context, (exec) => exec.engine.addSelectionHandler(this.sheetId(exec), handler, this.type));
  }
}

export interface WorksheetActivatedArgs {
  readonly type: "WorksheetActivated";
  readonly worksheetId: string;
}

type ActivatedHandler = (args: WorksheetActivatedArgs) => unknown;

/** Activation handlers per engine, kept here so the engine's selection registry stays as it is. */
const activationHandlers = new WeakMap<object, Map<number, ActivatedHandler>>();
let nextActivationId = 1;

function handlersOf(engine: object): Map<number, ActivatedHandler> {
  let handlers = activationHandlers.get(engine);
  if (!handlers) {
    handlers = new Map();
    activationHandlers.set(engine, handlers);
  }
  return handlers;
}

/**
 * Calls worksheets.onActivated handlers (ExcelApi 1.7). Excel fires it for user and API
 * activation alike; a handler's failure is reported to the caller, as selection handlers are.
 */
export async function fireWorksheetActivated(engine: object, worksheetId: string): Promise<void> {
  const handlers = [...handlersOf(engine).values()];
  const results = await Promise.allSettled(handlers.map(async (h) => h({ type: "WorksheetActivated", worksheetId })));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed) throw failed.reason;
}

class ActivationHandlerResult {
  private id: number | undefined;
  constructor(
    private readonly context: OpQueue & object,
    handler: ActivatedHandler,
  ) {
    context.enqueue({
      bytes: ACTION_OVERHEAD_BYTES,
      mutates: false,
      run: (exec) => {
        const id = nextActivationId++;
        exec.commits.push(() => {
          handlersOf(exec.engine).set(id, handler);
          this.id = id;
        });
      },
    });
  }

  remove(): void {
    this.context.enqueue({
      bytes: ACTION_OVERHEAD_BYTES,
      mutates: false,
      run: (exec) => {
        exec.commits.push(() => {
          if (this.id !== undefined) handlersOf(exec.engine).delete(this.id);
          this.id = undefined;
        });
      },
    });
  }
}

/** worksheets.onActivated: registered at the next sync, like every Office event. */
export class WorksheetActivatedEvent {
  constructor(private readonly context: OpQueue & object) {}

  add(handler: ActivatedHandler): ActivationHandlerResult {
    if (typeof handler !== "function") throw new TypeError("onActivated.add needs a function");
    return new ActivationHandlerResult(this.context, handler);
  }
}
