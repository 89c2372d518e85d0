// Running tasks on all cores while keeping input order: an ordered map over an async source with
// at most `limit` tasks in flight, so a batch of 20,000 files holds only a few results at a time.
import { Worker } from "node:worker_threads";
import { runTask, type Outcome, type Task, type TaskOptions } from "./process.js";
import type { OutputRecord } from "../types.js";
import { renderNdjsonLine } from "../render/ndjson.js";

/** Maps `source` through `work`, at most `limit` at a time, yielding results in source order. */
export async function* orderedMap<T, R>(source: AsyncIterable<T>, work: (item: T) => Promise<R>, limit: number): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  for await (const item of source) {
    pending.push(work(item));
    if (pending.length >= limit) yield await pending.shift()!;
  }
  while (pending.length) yield await pending.shift()!;
}

/**
 * The items of `source` until `signal` aborts, without waiting for one more: a Ctrl-C must not
 * wait for the next line of a slow standard input.
 */
export async function* until<T>(source: AsyncIterable<T>, signal: AbortSignal): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  while (!signal.aborted) {
    // a listener per item, removed once it is settled: a race against one long-lived promise would
    // keep a reaction, and with it the item, for every input of the batch
    const next = await new Promise<IteratorResult<T>>((resolve, reject) => {
      const onAbort = () => resolve({ done: true, value: undefined });
      signal.addEventListener("abort", onAbort, { once: true });
      iterator.next().then(
        (result) => {
          signal.removeEventListener("abort", onAbort);
          resolve(result);
        },
        (error: unknown) => {
          signal.removeEventListener("abort", onAbort);
          reject(error);
        },
      );
    });
    if (next.done) return;
    yield next.value;
  }
}

export interface Runner {
  run(task: Task): Promise<Outcome>;
  /** How many tasks to keep in flight. */
  inFlight: number;
  close(): Promise<void>;
}

/**
 * Runs every task in this thread: no start-up cost, for one file or --jobs 1. One task at a time:
 * work here is synchronous, so more in flight gains nothing and would hold a line's result of
 * --input ndjson back until more lines came.
 */
export function inThread(options: TaskOptions): Runner {
  return { run: (task) => runTask(task, options), inFlight: 1, close: async () => {} };
}

/**
 * A worker's young generation. V8 grows it up to 48 MB for a workload that allocates as fast as
 * extraction does, which only made the process larger the longer a batch ran: at 8 MB a batch of
 * 20,000 files peaked at ~158 MB instead of ~170–190 MB, at the same speed. The old generation,
 * where a large text's working set lives, keeps its default limit.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

/**
 * Runs tasks on `jobs` threads: this one and `jobs - 1` workers. The main thread takes its turn
 * rather than only waiting: with a worker per core, the workers, the main thread and the garbage
 * collectors fight over the cores (two workers on two cores ran 1.2× one thread, not 2×).
 */
export function workerPool(jobs: number, options: TaskOptions): Runner {
  const url = new URL("./worker.js", import.meta.url);
  interface Slot {
    worker: Worker;
    assigned: Map<number, { task: Task; resolve: (outcome: Outcome) => void }>;
    alive: boolean;
  }
  const slots: Slot[] = Array.from({ length: jobs - 1 }, () => {
    const slot: Slot = { worker: new Worker(url, { workerData: options, resourceLimits: WORKER_LIMITS }), assigned: new Map(), alive: true };
    slot.worker.on("message", (message: { seq: number; outcome: Omit<Outcome, "record"> }) => {
      const entry = slot.assigned.get(message.seq);
      slot.assigned.delete(message.seq);
      // the record object is rebuilt only if a format needs it (json, pretty), from the JSON text
      const sent = message.outcome;
      let record: OutputRecord | undefined;
      entry?.resolve({
        ...sent,
        get record() {
          record ??= JSON.parse(sent.line) as OutputRecord;
          return record;
        },
      });
    });
    // a worker that dies (a bug, out of memory) fails the tasks it held; the others go on
    const die = (error: unknown) => {
      if (!slot.alive) return;
      slot.alive = false;
      for (const { task, resolve } of slot.assigned.values()) resolve(workerDied(task, error));
      slot.assigned.clear();
    };
    slot.worker.on("error", die);
    slot.worker.on("exit", (code) => die(new Error(`worker stopped with code ${code}`)));
    return slot;
  });
  let seq = 0;
  let turn = 0;
  return {
    inFlight: jobs * 4,
    run(task) {
      const alive = slots.filter((s) => s.alive);
      // every jobs-th task is this thread's; the rest go to the least busy worker
      if (alive.length === 0 || turn++ % jobs === 0) return runTask(task, options);
      const slot = alive.reduce((a, b) => (b.assigned.size < a.assigned.size ? b : a));
      const id = seq++;
      return new Promise<Outcome>((resolve) => {
        slot.assigned.set(id, { task, resolve });
        slot.worker.postMessage({ seq: id, task });
      });
    },
    async close() {
      for (const slot of slots) slot.alive = false;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

function workerDied(task: Task, error: unknown): Outcome {
  const path = task.kind === "file" || task.kind === "bytes" ? task.path : null;
  const message = `${path ?? "input"}: internal error: the worker stopped (${(error as Error)?.message ?? String(error)})`;
  const record: OutputRecord = { schemaVersion: 1, source: { path }, error: { code: "INTERNAL", message } };
  return { record, line: renderNdjsonLine(record), bytes: 0, messages: [`extract: ${message}`], failed: true };
}
