import { describe, expect, it } from 'vitest';
import { followUpExportQuery, followUpListQuery, toQuery } from './query';

describe('query strings', () => {
  it('leaves out empty values and due=all', () => {
    expect(followUpListQuery({ owner: 'me', status: 'active', due: 'all', category: '', company: '  ' })).toBe(
      '?owner=me&status=active&pageSize=50',
    );
  });

  it('carries every filter and the continuation token', () => {
    expect(
      followUpListQuery({ owner: 'u-1', status: 'open', due: 'week', category: 'energi', company: '556036-0793' }, 'tok/+=='),
    ).toBe('?owner=u-1&status=open&due=week&category=energi&company=556036-0793&pageSize=50&continuationToken=tok%2F%2B%3D%3D');
  });

  it('export uses the same filters without paging', () => {
    expect(followUpExportQuery({ status: 'all', due: 'overdue' })).toBe('?status=all&due=overdue');
    expect(toQuery({})).toBe('');
  });
});
