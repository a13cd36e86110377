/** Reading the page-state contract (core/messages/page-state.ts) in extension pages. */
import './zod';
import { PageState } from '../core/messages/page-state';

/** `answer` (a content script's reply or broadcast) as a PageState, or null when it is not one. */
export function asPageState(answer: unknown): PageState | null {
  const parsed = PageState.safeParse(answer);
  return parsed.success ? parsed.data : null;
}
