/**
 * The text to put into a live region so that `message` is announced even
 * when it equals what the region says already: screen readers skip an
 * unchanged text, so a repeat gets a trailing no-break space (and loses it
 * again on the next repeat).
 */
export function freshAnnouncement(current: string, message: string): string {
  return message === current.trimEnd() && !current.endsWith('\u00a0') ? `${message}\u00a0` : message;
}
