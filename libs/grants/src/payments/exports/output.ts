import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { setImmediate as nextMacrotask } from 'node:timers/promises';

const closedEarly = (out: Writable): Error =>
  out.errored ?? new Error('the output stream was closed before the file was complete');

/**
 * Resolves when `source` (by default `out` itself) emits `event`; rejects if `out` fails or closes first, since
 * a destroyed stream never drains and nothing downstream of it will either.
 */
export function waitFor(out: Writable, event: 'drain' | 'finish', source: EventEmitter = out): Promise<void> {
  return new Promise((resolve, reject) => {
    if (out.destroyed) {
      reject(closedEarly(out));
      return;
    }
    const cleanup = (): void => {
      source.off(event, onEvent);
      out.off('error', onError);
      out.off('close', onClose);
    };
    const onEvent = (): void => {
      cleanup();
      resolve();
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    const onClose = (): void => {
      cleanup();
      reject(closedEarly(out));
    };
    source.once(event, onEvent);
    out.once('error', onError);
    out.once('close', onClose);
  });
}

/** Writes a chunk and, when the stream's buffer is full, waits until it has drained. */
export async function writeChunk(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await waitFor(out, 'drain');
}

/** Waits while `out` asks for a pause (for producers that write through someone else's pipe). */
export async function awaitCapacity(out: Writable): Promise<void> {
  if (out.destroyed) throw closedEarly(out);
  if (out.writableNeedDrain) await waitFor(out, 'drain');
}

/** Lets timers and I/O run (e.g. a zip pipeline), so a fast in-memory source cannot outrun it. */
export function yieldToEventLoop(): Promise<void> {
  return nextMacrotask();
}

/** Ends `out` and resolves once it has emitted 'finish'. */
export async function endOutput(out: Writable): Promise<void> {
  const finished = waitFor(out, 'finish');
  out.end();
  await finished;
}

/** Resolves once `out` has emitted 'finish' (for a producer that ends the stream itself). */
export async function outputFinished(out: Writable): Promise<void> {
  if (out.writableFinished) return;
  await waitFor(out, 'finish');
}

/**
 * Runs a file writer against `out`. An 'error' on `out`, or `out` closing before it has finished, rejects the
 * export at any moment (also while the writer waits for its source or ExcelJS writes through its own pipe), and
 * on any failure `out` is destroyed, so a partial file never looks complete.
 */
export async function runExport(out: Writable, write: () => Promise<void>): Promise<void> {
  let fail: (error: Error) => void = () => undefined;
  const failed = new Promise<never>((_resolve, reject) => {
    fail = reject;
  });
  const onError = (error: Error): void => fail(error);
  const onClose = (): void => {
    if (!out.writableFinished) fail(closedEarly(out));
  };
  out.on('error', onError);
  out.on('close', onClose);
  try {
    await Promise.race([write(), failed]);
  } catch (error) {
    // Destroyed without an error: the caller learns of the failure from the rejection, and an 'error' event
    // nobody listens to would crash the process. Consumers of `out` see a premature close, not an end.
    if (!out.destroyed) out.destroy();
    throw error;
  } finally {
    out.off('error', onError);
    out.off('close', onClose);
  }
}
