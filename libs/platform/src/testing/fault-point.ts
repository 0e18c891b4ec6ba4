/**
 * A test seam for the fault suite (test/faults): named points in the delivery path where the suite may kill the
 * process, so it can prove that a crash at exactly that point loses and duplicates nothing. Inert unless the
 * environment names the point in FAULT_KILL_POINTS (comma-separated), and never active when NODE_ENV=production.
 * When active, the process kills itself with SIGKILL with probability FAULT_KILL_PROBABILITY (default 0.1) each
 * time it passes the point: no cleanup, no shutdown hooks, as a crash or an OOM kill would.
 */
const points = new Set(
  process.env.NODE_ENV === 'production'
    ? []
    : (process.env.FAULT_KILL_POINTS ?? '')
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean),
);
const probability = Number(process.env.FAULT_KILL_PROBABILITY ?? '0.1');

export type FaultPoint =
  'render.before-store' | 'render.before-commit' | 'send.before' | 'send.after' | 'record.before-commit';

export function faultPoint(name: FaultPoint): void {
  if (points.size === 0 || !points.has(name)) return;
  if (Math.random() < probability) process.kill(process.pid, 'SIGKILL');
}
