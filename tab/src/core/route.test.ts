import { describe, expect, it } from 'vitest';
import { companyHref, deepLinkHash, parseHash } from './route';

describe('parseHash', () => {
  it.each([
    ['', { view: 'mine' }],
    ['#/', { view: 'mine' }],
    ['#/mina-uppfoljningar', { view: 'mine' }],
    ['#/uppfoljningar', { view: 'followups' }],
    ['#/serviceniva', { view: 'serviceLevel' }],
    ['#/servicenivå', { view: 'serviceLevel' }],
    ['#/servicenivÃ¥', { view: 'notFound' }],
    ['#/serviceniv%C3%A5', { view: 'serviceLevel' }],
    ['#/foretag', { view: 'companies' }],
    ['#/foretag/556036-0793', { view: 'company', orgNr: '556036-0793' }],
    ['#/config', { view: 'config' }],
    ['#/okand', { view: 'notFound' }],
  ])('%s', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
  });

  it('builds company links', () => {
    expect(companyHref('556036-0793')).toBe('#/foretag/556036-0793');
  });
});

describe('deep links to a follow-up', () => {
  it('parses the follow-up id under My follow-ups', () => {
    expect(parseHash('#/mina-uppfoljningar/0123456789abcdef0123456789abcdef')).toEqual({
      view: 'mine',
      followUpId: '0123456789abcdef0123456789abcdef',
    });
  });

  it('turns a subPageId that is a follow-up id into that route, and ignores anything else', () => {
    expect(deepLinkHash('0123456789ABCDEF0123456789ABCDEF')).toBe('#/mina-uppfoljningar/0123456789abcdef0123456789abcdef');
    expect(deepLinkHash('01234567-89ab-cdef-0123-456789abcdef')).toBe('#/mina-uppfoljningar/0123456789abcdef0123456789abcdef');
    expect(deepLinkHash('')).toBeNull();
    expect(deepLinkHash(null)).toBeNull();
    expect(deepLinkHash('../dataskydd')).toBeNull();
  });
});
