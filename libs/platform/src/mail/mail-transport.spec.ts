import { classifyMailError, PermanentMailError } from './mail-transport';

describe('classifyMailError: only a 5xx SMTP answer is permanent', () => {
  it.each([550, 551, 553, 554])('treats %i as permanent, keeping the server answer', (code) => {
    const error = Object.assign(new Error("Can't send mail"), {
      responseCode: code,
      response: `${code} 5.1.1 Mailbox unavailable`,
    });
    const classified = classifyMailError(error);
    expect(classified).toBeInstanceOf(PermanentMailError);
    expect(classified).toMatchObject({ responseCode: code, message: `${code} 5.1.1 Mailbox unavailable` });
  });

  it.each([
    ['a 451 answer', Object.assign(new Error('451 try later'), { responseCode: 451 })],
    ['a 421 answer', Object.assign(new Error('421 closing'), { responseCode: 421 })],
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNECTION' })],
    ['a timeout', Object.assign(new Error('Greeting never received'), { code: 'ETIMEDOUT' })],
    [
      'a dropped connection',
      Object.assign(new Error('Connection closed unexpectedly'), { code: 'ECONNECTION' }),
    ],
  ])('treats %s as temporary (rethrown as it is)', (_label, error) => {
    expect(classifyMailError(error)).toBe(error);
  });
});
