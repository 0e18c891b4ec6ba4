import { ActorCache } from './actor-cache';

describe('actor cache', () => {
  const actor = { userId: 'u', roles: [], organisationIds: [] };
  it('keeps an entry for its time to live, then forgets it', () => {
    const cache = new ActorCache(1000);
    cache.set('u', actor, 0);
    expect(cache.get('u', 999)).toBe(actor);
    expect(cache.get('u', 1000)).toBeUndefined();
  });
  it('remembers that a user does not resolve (null) and can be invalidated', () => {
    const cache = new ActorCache(1000);
    cache.set('x', null, 0);
    expect(cache.get('x', 1)).toBeNull();
    cache.invalidate('x');
    expect(cache.get('x', 1)).toBeUndefined();
  });
  it('stays bounded', () => {
    const cache = new ActorCache(1000, 2);
    cache.set('a', actor, 0);
    cache.set('b', actor, 0);
    cache.set('c', actor, 0);
    expect(cache.get('c', 1)).toBe(actor);
    expect(cache.get('a', 1)).toBeUndefined();
  });
});
