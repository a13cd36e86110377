/** Preact glue for the card layer: what page/card/controller.ts calls to draw. */
import { render } from 'preact';
import type { CardRenderProps } from '../../page/card/controller';
import { Card, LiveRegion } from './Card';

export function renderCard(into: HTMLElement, props: CardRenderProps | null): void {
  render(props ? <Card {...props} /> : null, into);
}

export function renderLive(into: HTMLElement, message: string): void {
  render(<LiveRegion message={message} />, into);
}
