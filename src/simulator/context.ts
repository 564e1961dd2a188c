/** The simulated Excel.RequestContext: an operation queue flushed by sync(). */
import type { Engine } from "./engine";
import type { Op, OpQueue } from "./proxy";
import { ApplicationProxy, WorkbookProxy } from "./workbook";

export class SimRequestContext implements OpQueue {
  private queue: Op[] = [];
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;
  /** Office tracks objects across syncs; the simulator re-resolves every sync, so tracking is a no-op. */
  readonly trackedObjects = { add: (_o: unknown) => undefined, remove: (_o: unknown) => undefined };
  readonly engine: Engine;

  constructor(engine: Engine) {
    this.engine = engine;
    this.workbook = new WorkbookProxy(this, (exec) => exec.engine.model);
    this.workbook._isNull = false;
    this.application = new ApplicationProxy(this, (exec) => exec.engine.model);
    this.application._isNull = false;
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  get hasPendingOperations(): boolean {
    return this.queue.length > 0;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const ops = this.queue;
    this.queue = [];
    await Promise.resolve();
    this.engine.runSync(ops, this);
    return passThroughValue as T;
  }
}
