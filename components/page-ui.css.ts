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
.pl-lead { font-weight: 700; text-decoration: underline 3px solid var(--pl-lead, #e69f00); text-underline-offset: 0.2em; }
.pl-co { text-decoration: underline 2px dotted var(--pl-co, #0072b2); text-underline-offset: 0.2em; }
.pl-role { font-size: 12px; border-radius: 4px; padding: 0 4px; margin-left: 4px; border: 1px solid currentColor; }
.pl-close { float: right; }
.pl-related li { margin: 4px 0; }
.pl-card button.pl-link { border: 0; background: none; padding: 0; text-align: left; color: #0550ae; text-decoration: underline; }
/* A button is an inline block, whose baseline is its last line: a wrapped one would carry its list bullet on that line. */
.pl-card li button.pl-link { display: block; }
.pl-score { display: inline-block; height: 6px; background: #0072b2; border-radius: 3px; vertical-align: middle; margin-left: 6px; }
.pl-reason { color: #57606a; font-size: 12px; }
.pl-toolbar { position: fixed; display: flex; align-items: center; gap: 6px; max-width: 300px; background: #1f2328; color: #fff; border-radius: 8px; padding: 5px 8px; box-shadow: 0 4px 14px rgba(0,0,0,.3); font-size: 13px; }
.pl-toolbar button { font: inherit; color: inherit; background: #3a4048; border: 1px solid #57606a; border-radius: 6px; padding: 1px 8px; cursor: pointer; }
.pl-toolbar .pl-refusal { flex: 1; }
.pl-swatch { width: 18px; height: 18px; min-width: 18px; padding: 0 !important; border-radius: 50% !important; border: 2px solid #fff !important; cursor: pointer; }
.pl-swatch[aria-checked="true"] { outline: 3px solid #0969da; outline-offset: 1px; }
.pl-editor { position: fixed; top: 16px; right: 16px; width: min(420px, calc(100vw - 32px)); max-height: calc(100vh - 120px); overflow: auto; background: #fff; border: 1px solid #d0d7de; border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.2); padding: 12px 14px; box-sizing: border-box; }
.pl-editor h2 { font-size: 15px; margin: 0 0 6px; }
.pl-editor button, .pl-status button { font: inherit; border: 1px solid #d0d7de; background: #f6f8fa; border-radius: 6px; padding: 2px 8px; cursor: pointer; color: inherit; }
.pl-editor .pl-swatch { margin-right: 6px; }
.pl-quote { margin: 6px 0; padding: 4px 8px; border-left: 3px solid #d0d7de; color: #424a53; white-space: pre-wrap; max-height: 8em; overflow: auto; }
.pl-colors { border: 0; padding: 0; margin: 6px 0; }
.pl-colors legend { padding: 0; margin-bottom: 4px; }
.pl-field { display: block; margin: 8px 0; }
.pl-field textarea, .pl-field input { display: block; width: 100%; box-sizing: border-box; font: inherit; border: 1px solid #d0d7de; border-radius: 6px; padding: 4px 6px; margin-top: 4px; white-space: pre-wrap; }
.pl-chips { list-style: none; padding: 0; margin: 4px 0; display: flex; flex-wrap: wrap; gap: 4px; }
.pl-chips li { display: flex; align-items: center; gap: 2px; background: #ddf4ff; border-radius: 10px; padding: 0 2px 0 8px; }
.pl-chips button { border: 0 !important; background: none !important; padding: 0 4px !important; }
.pl-suggest { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 4px; }
.pl-suggest button { font-size: 12px; color: #0550ae; }
.pl-actions { display: flex; gap: 8px; margin-top: 8px; }
.pl-editor .pl-save { background: #1f883d; border-color: #1a7f37; color: #fff; }
.pl-editor .pl-delete { margin-left: auto; color: #cf222e; }
.pl-warn { color: #9a6700; font-size: 13px; }
.pl-error { color: #cf222e; font-size: 13px; }
.pl-status { position: fixed; left: 16px; bottom: 16px; max-width: min(420px, calc(100vw - 32px)); display: flex; flex-direction: column; gap: 6px; }
.pl-message, .pl-orphans { background: #fff; border: 1px solid #d0d7de; border-radius: 8px; padding: 6px 10px; box-shadow: 0 2px 8px rgba(0,0,0,.15); }
.pl-message { display: flex; gap: 10px; align-items: center; }
.pl-orphans ul { margin: 4px 0; padding-left: 18px; max-height: 40vh; overflow: auto; }
.pl-orphans .pl-hint { color: #57606a; font-size: 12px; margin: 4px 0; }
.pl-status button.pl-link { border: 0; background: none; padding: 0; text-align: left; color: #0550ae; }
.pl-orphan-note { display: block; color: #57606a; font-size: 12px; white-space: pre-wrap; }
`;
