/** Records console.error/warn calls during a test instead of printing them. */
export function captureConsole(method: 'error' | 'warn'): { calls: unknown[][]; restore: () => void } {
  const original = console[method];
  const calls: unknown[][] = [];
  console[method] = (...args: unknown[]) => {
    calls.push(args);
  };
  return { calls, restore: () => (console[method] = original) };
}
