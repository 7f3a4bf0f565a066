import { describe, expect, it } from 'vitest';
import { detectTeams } from './teams';

describe('detectTeams', () => {
  it('resolves to null quickly outside Teams even when the CDN cannot be reached', async () => {
    const started = Date.now();
    const session = await detectTeams(300);
    expect(session).toBeNull();
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
