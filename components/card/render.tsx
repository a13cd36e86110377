/** Preact glue for the card layer: what page/card-ui/card/controller.ts calls to draw. */
import { render } from 'preact';
import { Card, LiveRegion, SiteNotice } from './Card';
import type { CardRenderProps, NoticeRenderProps } from './types';

export function renderCard(into: HTMLElement, props: CardRenderProps | null): void {
  render(props ? <Card {...props} /> : null, into);
}

export function renderLive(into: HTMLElement, message: string): void {
  render(<LiveRegion message={message} />, into);
}

export function renderNotice(into: HTMLElement, props: NoticeRenderProps | null): void {
  render(props ? <SiteNotice {...props} /> : null, into);
}
