// Runs inside the preview webview. The content it shows was rendered and sanitised by the extension;
// the page's Content-Security-Policy allows no other script.
(function () {
  const vscode = acquireVsCodeApi();
  const initial = window.__incidentCommsState || {};
  const state = Object.assign({}, initial, vscode.getState() || {});
  const content = document.getElementById('content');
  const subject = document.getElementById('subject');
  const length = document.getElementById('length');

  function select(view) {
    for (const button of document.querySelectorAll('button[data-view]')) {
      button.setAttribute('aria-pressed', String(button.dataset.view === view));
    }
  }

  document.addEventListener('click', (event) => {
    const button = event.target.closest('button');
    if (!button) return;
    if (button.dataset.view) vscode.postMessage({ type: 'setView', view: button.dataset.view });
    if (button.dataset.action) vscode.postMessage({ type: button.dataset.action });
  });

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message.type !== 'update') return;
    const scroll = window.scrollY;
    content.className = 'ic-surface ic-view-' + message.view;
    if (message.view === 'text') {
      const pre = document.createElement('pre');
      pre.textContent = message.output;
      content.replaceChildren(pre);
    } else {
      content.innerHTML = message.output;
    }
    subject.hidden = message.view !== 'email';
    subject.textContent = message.view === 'email' ? 'Subject: ' + message.subject : '';
    length.textContent = message.length + ' / ' + message.maxLength + ' characters';
    length.classList.toggle('ic-over', Boolean(message.overLimit));
    select(message.view);
    window.scrollTo(0, scroll);
    vscode.setState({ uri: state.uri, view: message.view });
  });

  select(state.view);
  vscode.postMessage({ type: 'ready' });
})();
