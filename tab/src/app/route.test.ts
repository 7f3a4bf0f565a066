import { describe, expect, it } from 'vitest';
import { companyHref, parseHash } from './route';

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
