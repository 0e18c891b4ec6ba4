import { ALL_JOB_NAMES } from '@app/platform';
import { Job } from 'bullmq';
import { HandlerMap, JobHandlers } from './job-handlers';
import { JobRegistry } from './job-registry';

class Handlers extends JobHandlers {
  constructor(private readonly map: HandlerMap) {
    super();
  }
  handlers(): HandlerMap {
    return this.map;
  }
}

function allHandlers(fn: jest.Mock): HandlerMap {
  return Object.fromEntries(ALL_JOB_NAMES.map((name) => [name, fn]));
}

describe('job registry', () => {
  it('routes a job to its one handler', async () => {
    const fn = jest.fn().mockResolvedValue(undefined);
    const registry = new JobRegistry([new Handlers(allHandlers(fn))]);
    await registry.dispatch({ name: 'mail.letter', data: { letterId: 'x' } } as Job);
    expect(fn).toHaveBeenCalledWith({ letterId: 'x' }, expect.objectContaining({ name: 'mail.letter' }));
  });

  it('refuses to start when a job has no handler', () => {
    const { 'mail.reminder': _missing, ...rest } = allHandlers(jest.fn());
    expect(() => new JobRegistry([new Handlers(rest)])).toThrow('mail.reminder has 0 handlers');
  });

  it('refuses to start when a job has two handlers', () => {
    const fn = jest.fn();
    expect(
      () => new JobRegistry([new Handlers(allHandlers(fn)), new Handlers({ 'system.heartbeat': fn })]),
    ).toThrow('system.heartbeat has 2 handlers');
  });
});
