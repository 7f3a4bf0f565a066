import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

// jsdom has no ResizeObserver; Fluent's MessageBar and positioning use it.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
if (!('ResizeObserver' in window)) {
  Object.defineProperty(window, 'ResizeObserver', { value: ResizeObserverStub, writable: true });
  Object.defineProperty(globalThis, 'ResizeObserver', { value: ResizeObserverStub, writable: true });
}

// jsdom reports en-US; the app's audience (and default) is Swedish. Tests that need English set it.
Object.defineProperty(window.navigator, 'language', { value: 'sv-SE', configurable: true });

// No network in tests: teams-js's CDN look-up of valid origins and any stray request fail fast.
beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn((input: unknown) => Promise.reject(new TypeError(`network blocked in tests: ${String(input)}`))),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  sessionStorage.clear();
  window.location.hash = '';
  document.documentElement.lang = '';
});
