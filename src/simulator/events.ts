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
