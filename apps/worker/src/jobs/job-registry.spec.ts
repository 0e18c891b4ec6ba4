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

describe('job registry', () => {
  it('routes a job to its one handler', async () => {
    const beat = jest.fn().mockResolvedValue(undefined);
    const registry = new JobRegistry([new Handlers({ 'system.heartbeat': beat })]);
    await registry.dispatch({ name: 'system.heartbeat', data: {} } as Job);
    expect(beat).toHaveBeenCalledWith({}, expect.objectContaining({ name: 'system.heartbeat' }));
  });

  it('refuses to start when a job has no handler', () => {
    expect(() => new JobRegistry([])).toThrow('system.heartbeat has 0 handlers');
  });

  it('refuses to start when a job has two handlers', () => {
    const fn = jest.fn();
    expect(
      () =>
        new JobRegistry([new Handlers({ 'system.heartbeat': fn }), new Handlers({ 'system.heartbeat': fn })]),
    ).toThrow('system.heartbeat has 2 handlers');
  });
});
