import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_API_URL, loadConfig } from '../src/config.js';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('starts in console mode with defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.token).toBeUndefined();
    expect(config.apiUrl).toBe(DEFAULT_API_URL);
    expect(config.databasePath).toBe('./data/studybot.db');
    expect(config.locale).toBe('ko');
    expect(config.revealHours).toBe(24);
    expect(config.logLevel).toBeUndefined();
    expect(loadConfig({ DAILY_REVEAL_HOURS: '6' }).revealHours).toBe(6);
  });

  it('treats empty values from a copied .env.example as unset', () => {
    const config = loadConfig({ DISCORD_TOKEN: '', DEV_GUILD_ID: '', LOCALE: '' });
    expect(config.token).toBeUndefined();
    expect(config.devGuildId).toBeUndefined();
    expect(config.locale).toBe('ko');
  });

  it('names each bad variable on its own line with what is expected', () => {
    const lines = problems({ DEV_GUILD_ID: '12ab', DISCORD_API_URL: 'not a url', LOCALE: 'fr', LOG_LEVEL: 'loud', DAILY_REVEAL_HOURS: '0' });
    expect(lines).toHaveLength(5);
    expect(lines).toContain('DAILY_REVEAL_HOURS must be a whole number of hours between 1 and 168');
    expect(lines).toContain('DEV_GUILD_ID must be a Discord snowflake (17–20 digits)');
    expect(lines.find((l) => l.startsWith('DISCORD_API_URL '))).toMatch(/http\(s\) URL/);
    expect(lines).toContain('LOCALE must be ko or en');
    expect(lines.find((l) => l.startsWith('LOG_LEVEL '))).toMatch(/one of/);
  });

  it('rejects a token with spaces without echoing it', () => {
    const lines = problems({ DISCORD_TOKEN: 'abc def ghi jkl mno pqr stu' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^DISCORD_TOKEN /);
    expect(lines[0]).not.toContain('abc def');
  });

  it('strips a trailing slash from DISCORD_API_URL since discord.js appends /v10', () => {
    expect(loadConfig({ DISCORD_API_URL: 'http://127.0.0.1:9999/api/' }).apiUrl).toBe('http://127.0.0.1:9999/api');
  });
});
