/** The in-page UI (badge and task card) inside a Shadow DOM root, so page CSS cannot reach it and it cannot break the page. */
import { render } from 'preact';
import { PageBadge, type PageBadgeProps } from '../../components/PageBadge';
import { TaskCard, type TaskCardProps } from '../../components/TaskCard';
import { PAGE_UI_CSS } from '../../components/page-ui.css';

/** What the UI shows: the badge always, a card when one is open. */
export interface PageUiState {
  badge: PageBadgeProps;
  card: TaskCardProps | null;
}

/** The mounted UI: re-render with a new state, or remove it. */
export interface PageUi {
  host: HTMLElement;
  update(state: PageUiState): void;
  remove(): void;
}

/** Mount the UI host at the end of the body. */
export function mountPageUi(doc: Document): PageUi {
  const host = doc.createElement('policylens-ui');
  host.style.cssText = 'all: initial; position: static;';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = PAGE_UI_CSS;
  const root = doc.createElement('div');
  root.className = 'pl-root';
  shadow.append(style, root);
  doc.body.appendChild(host);
  return {
    host,
    update(state) {
      render(
        <>
          {state.card && <TaskCard {...state.card} />}
          <PageBadge {...state.badge} />
        </>,
        root,
      );
    },
    remove() {
      render(null, root);
      host.remove();
    },
  };
}
