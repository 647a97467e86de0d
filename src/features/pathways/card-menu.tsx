import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useBoardsStore } from '../../store/boards-store';
import { useBoardContext } from '../../ui/board/board-context';
import { cardMenuAt, type CardMenuAt } from './paths-entry';

/** Opens a card's menu on a right click, or on the context-menu key (or Shift+F10) pressed
 * on a focused card; `asked` is one asked for before this code was here. */
export function useCardMenu(
  container: RefObject<HTMLElement | null>,
  active: boolean,
  asked?: CardMenuAt,
) {
  const [menu, setMenu] = useState<CardMenuAt | undefined>(asked);
  useEffect(() => {
    const element = container.current;
    if (!active || !element) return;
    const open = (event: MouseEvent) => {
      const at = cardMenuAt(event);
      if (!at) return;
      event.preventDefault();
      setMenu(at);
    };
    element.addEventListener('contextmenu', open);
    return () => element.removeEventListener('contextmenu', open);
  }, [active, container]);
  // One function for the menu's life: the menu listens for clicks elsewhere with it, and the
  // layer renders on every frame of a scroll.
  const closeMenu = useCallback(() => setMenu(undefined), []);
  return { menu, closeMenu };
}

/**
 * A card's menu: open it, or link it to another milestone. A menu in the ARIA sense: the
 * arrow keys move between its items, Escape or a click elsewhere closes it and gives the
 * focus back to the card.
 */
export function CardMenu({
  at,
  onLink,
  onClose,
}: {
  at: CardMenuAt;
  onLink: (id: string) => void;
  onClose: () => void;
}) {
  const { boardId, openMilestone } = useBoardContext();
  const title = useBoardsStore((s) => s.boards[boardId]?.milestones[at.id]?.title ?? '');
  const menu = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState({ left: at.x, top: at.y });
  // Kept on the screen: a card near the right or bottom edge opens its menu leftwards or up.
  useLayoutEffect(() => {
    const element = menu.current;
    if (!element) return;
    const { width, height } = element.getBoundingClientRect();
    setPlace({
      left: Math.max(4, Math.min(at.x, window.innerWidth - width - 4)),
      top: Math.max(4, Math.min(at.y, window.innerHeight - height - 4)),
    });
    element.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [at]);
  useEffect(() => {
    const away = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', away, true);
    return () => document.removeEventListener('pointerdown', away, true);
  }, [onClose]);
  const backToCard = () => {
    onClose();
    document.querySelector<HTMLElement>(`[data-milestone-id="${CSS.escape(at.id)}"]`)?.focus();
  };
  const choose = (run: () => void) => () => {
    onClose();
    run();
  };
  const move = (by: number) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const now = items.indexOf(document.activeElement as HTMLElement);
    items[(now + by + items.length) % items.length]?.focus();
  };
  return createPortal(
    <div
      ref={menu}
      role="menu"
      aria-label={`“${title}”`}
      className="card-menu"
      style={place}
      onKeyDown={(event) => {
        if (event.key === 'ArrowDown') move(1);
        else if (event.key === 'ArrowUp') move(-1);
        else if (event.key === 'Escape' || event.key === 'Tab') backToCard();
        else return;
        event.preventDefault();
      }}
    >
      <button
        type="button"
        role="menuitem"
        className="card-menu__item"
        onClick={choose(() => openMilestone(at.id))}
      >
        Open
      </button>
      <button
        type="button"
        role="menuitem"
        className="card-menu__item"
        onClick={choose(() => onLink(at.id))}
      >
        Link to…
      </button>
    </div>,
    document.body,
  );
}
