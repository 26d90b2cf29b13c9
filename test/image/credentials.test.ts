import { describe, expect, test } from 'vitest';
import { authKey } from '../../src/image/credentials.js';

describe('credentials files', () => {
  test('Docker Hub uses its legacy key', () => {
    expect(authKey('docker.io')).toBe('https://index.docker.io/v1/');
    expect(authKey('127.0.0.1:5000')).toBe('127.0.0.1:5000');
  });
});
