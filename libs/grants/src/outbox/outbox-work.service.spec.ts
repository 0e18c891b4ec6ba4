import { loadConfig } from '@app/platform';
import { DataSource } from 'typeorm';
import { OutboxWorkService } from './outbox-work.service';

describe('OutboxWorkService retry schedule: temporary failures are retried over hours, not seconds', () => {
  const service = (env: Record<string, string> = {}) =>
    new OutboxWorkService({} as DataSource, loadConfig({ NODE_ENV: 'test', ...env }));

  it('waits 30 s, 1 min, 2 min, … and at most an hour between attempts', () => {
    const s = service();
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 40].map((n) => s.retryDelaySeconds(n))).toEqual([
      30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600,
    ]);
  });

  it('keeps trying for the whole 24-hour window (about 30 attempts), not 30 seconds', () => {
    const s = service();
    let elapsed = 0;
    let attempts = 1;
    while (elapsed + s.retryDelaySeconds(attempts) <= 24 * 3600) {
      elapsed += s.retryDelaySeconds(attempts);
      attempts++;
    }
    expect(attempts).toBeGreaterThanOrEqual(28);
    expect(attempts).toBeLessThanOrEqual(32);
  });

  it('follows the configured schedule', () => {
    const s = service({ DELIVERY_RETRY_BASE_SECONDS: '1', DELIVERY_RETRY_MAX_DELAY_SECONDS: '2' });
    expect([1, 2, 3, 10].map((n) => s.retryDelaySeconds(n))).toEqual([1, 2, 2, 2]);
  });
});
