/** Styles of the in-page UI; they live inside its Shadow DOM root, so the page cannot restyle them. */
export const PAGE_UI_CSS = `
:host { all: initial; }
.pl-root { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; font: 14px/1.5 system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #1f2328; }
.pl-badge { display: flex; align-items: center; gap: 8px; background: #fff; border: 1px solid #d0d7de; border-radius: 20px; padding: 6px 8px 6px 14px; box-shadow: 0 2px 8px rgba(0,0,0,.15); }
.pl-badge .pl-dot { width: 10px; height: 10px; border-radius: 50%; background: #b40000; }
.pl-badge button, .pl-card button { font: inherit; border: 1px solid #d0d7de; background: #f6f8fa; border-radius: 6px; padding: 2px 8px; cursor: pointer; color: inherit; }
button:focus-visible { outline: 3px solid #0969da; outline-offset: 1px; }
.pl-card { position: fixed; right: 16px; bottom: 64px; width: min(420px, calc(100vw - 32px)); max-height: 60vh; overflow: auto; background: #fff; border: 1px solid #d0d7de; border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.2); padding: 12px 14px; }
.pl-card h2 { font-size: 15px; margin: 0 0 6px; }
.pl-card .pl-id { color: #57606a; font-size: 12px; }
.pl-card ul { margin: 4px 0; padding-left: 18px; }
.pl-lead { font-weight: 700; text-decoration: underline 3px solid var(--pl-lead, #e69f00); }
.pl-co { text-decoration: underline 2px dotted var(--pl-co, #0072b2); }
.pl-role { font-size: 12px; border-radius: 4px; padding: 0 4px; margin-left: 4px; border: 1px solid currentColor; }
.pl-close { float: right; }
.pl-related li { margin: 4px 0; }
.pl-card button.pl-link { border: 0; background: none; padding: 0; text-align: left; color: #0550ae; text-decoration: underline; }
.pl-score { display: inline-block; height: 6px; background: #0072b2; border-radius: 3px; vertical-align: middle; margin-left: 6px; }
.pl-reason { color: #57606a; font-size: 12px; }
`;
