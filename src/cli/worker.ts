// A worker thread of --jobs: runs the tasks the main thread sends, one at a time, and sends back
// each outcome with the task's sequence number (the main thread puts them back in input order).
import { parentPort, workerData } from "node:worker_threads";
import { runTask, type Task, type TaskOptions } from "./process.js";

const options = workerData as TaskOptions;

parentPort?.on("message", (message: { seq: number; task: Task }) => {
  // only strings cross back (the ndjson line, and the page for --format html): cloning the record
  // object costs the main thread more
  void runTask(message.task, options).then(({ line, bytes, messages, warnings, failed, page }) =>
    parentPort?.postMessage({ seq: message.seq, outcome: { line, bytes, messages, warnings, failed, page } }),
  );
});
