import { clear, h } from './dom.js';
import { compatMessages as m } from './messages.vi.js';
import type { CompatFinding, CompatPort, CompatValidation } from './port.js';
import { hanoiTime, newIdempotencyKey, type Receipt, type SignedIn } from './submission.js';

/** The server, as the pane's submission needs it (`submission.ts` over XMLHttpRequest; tests may fake it). */
export interface CompatServer {
  signIn(email: string, password: string): Promise<SignedIn>;
  submit(who: SignedIn, bytes: Uint8Array, fileName: string, idempotencyKey: string): Promise<Receipt>;
  sendDiagnostics(who: SignedIn, report: unknown): Promise<unknown>;
}

export interface CompatAppOptions {
  /** Where agencies upload the .docx on the web (the dashboard's upload path). */
  uploadUrl: string;
  confirm?: (message: string) => boolean;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * The compatibility pane: validate (findings grouped by section, click to go),
 * insert the framework, and the way to submit. Plain DOM, no framework.
 */
export function mountCompatApp(root: HTMLElement, port: CompatPort, server: CompatServer, options: CompatAppOptions): { validate(): Promise<void> } {
  const confirmFn = options.confirm ?? ((msg: string) => window.confirm(msg));
  let busy = false;
  let last: CompatValidation | null = null;

  const status = h('p', { className: 'status', role: 'status', 'aria-live': 'polite' }, [m.notValidated]);
  const summary = h('div', { className: 'summary' });
  const list = h('div', { className: 'findings' });
  const validateButton = h('button', { type: 'button', className: 'primary', onclick: () => void validate() }, [m.validate]) as HTMLButtonElement;
  const insertButton = h('button', { type: 'button', onclick: () => void insert() }, [m.insertFramework]) as HTMLButtonElement;

  function setBusy(on: boolean, label?: string) {
    busy = on;
    validateButton.disabled = on;
    insertButton.disabled = on;
    if (label) status.textContent = label;
    root.setAttribute('aria-busy', on ? 'true' : 'false');
  }

  function fail(e: unknown) {
    status.textContent = m.failed(e instanceof Error ? e.message : String(e));
    status.className = 'status error';
  }

  async function validate(): Promise<void> {
    if (busy) return;
    setBusy(true, m.validating);
    status.className = 'status';
    try {
      last = await port.validate();
      render(last);
      status.textContent = last.findings.length ? m.checked(last.findings.length) : m.noFindings;
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  }

  async function insert(): Promise<void> {
    if (busy) return;
    setBusy(true, m.inserting);
    status.className = 'status';
    try {
      const v = last ?? (await port.validate());
      // Only an empty document has its body replaced; otherwise the framework goes at the end, after asking.
      if (!v.empty && !confirmFn(m.confirmInsert)) {
        status.textContent = m.notValidated;
        return;
      }
      await port.insertFramework(v.empty);
    } catch (e) {
      fail(e);
      return;
    } finally {
      setBusy(false);
    }
    await validate();
    status.textContent = `${m.inserted} ${status.textContent}`;
  }

  async function go(f: CompatFinding, button: HTMLElement) {
    if (!f.hasPlace) {
      status.textContent = m.noPlace;
      return;
    }
    try {
      const ok = await port.select(f);
      status.textContent = ok ? m.selected : m.notFoundInDoc;
      // Word takes the selection; the pane keeps its own focus on the button that was pressed.
      button.className = 'finding visited';
    } catch (e) {
      fail(e);
    }
  }

  function render(v: CompatValidation) {
    clear(summary);
    summary.appendChild(h('span', { className: 'chip error' }, [`${v.counts.error} ${m.severity.error}`]));
    summary.appendChild(h('span', { className: 'chip warning' }, [`${v.counts.warning} ${m.severity.warning}`]));
    summary.appendChild(h('span', { className: 'chip info' }, [`${v.counts.info} ${m.severity.info}`]));
    summary.appendChild(h('div', { className: 'completeness' }, [m.completeness(v.completeness)]));
    if (!v.catalogRule) summary.appendChild(h('p', { className: 'note' }, [m.catalogOff]));
    clear(list);
    const heading: Record<string, string> = {};
    const order: Record<string, number> = {};
    v.sections.forEach((s, i) => {
      heading[s.id] = s.heading;
      order[s.id] = i;
    });
    const groups: { key: string; items: CompatFinding[] }[] = [];
    const byKey: Record<string, { key: string; items: CompatFinding[] }> = {};
    for (const f of v.findings) {
      const key = f.section ?? '';
      if (!byKey[key]) groups.push((byKey[key] = { key, items: [] }));
      byKey[key].items.push(f);
    }
    const rank = (k: string) => (k === '' ? 1e9 : k in order ? order[k]! : 1e9 - 1);
    groups.sort((a, b) => rank(a.key) - rank(b.key));
    for (const g of groups) {
      g.items.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
      const title = g.key ? `${g.key} · ${heading[g.key] ?? ''}` : m.whole;
      const items = g.items.map((f) => {
        const button: HTMLElement = h('button', { type: 'button', className: 'finding', title: f.hasPlace ? m.goTo : m.noPlace }, [
          h('span', { className: `badge ${f.severity}` }, [m.severity[f.severity]]),
          h('span', { className: 'message' }, [f.message]),
        ]);
        button.addEventListener('click', () => void go(f, button));
        return h('li', {}, [button]);
      });
      list.appendChild(
        h('section', { className: 'group' }, [h('h3', {}, [title, h('span', { className: 'count' }, [String(g.items.length)])]), h('ul', {}, items)]),
      );
    }
  }

  // Submission: sign in, then send the open document; the key is kept until a receipt comes, so a retry is recognised.
  let who: SignedIn | null = null;
  let pendingKey: string | null = null;
  const submitStatus = h('p', { className: 'status', role: 'status', 'aria-live': 'polite' });
  const receiptBox = h('div', { className: 'receipt' });
  const submitBody = h('div');
  const email = h('input', { type: 'email', id: 'cds-email', autocomplete: 'username' }) as HTMLInputElement;
  const password = h('input', { type: 'password', id: 'cds-password', autocomplete: 'current-password' }) as HTMLInputElement;

  function fromError(e: unknown) {
    submitStatus.textContent = e instanceof Error ? e.message : String(e);
    submitStatus.className = 'status error';
  }

  async function doSignIn(ev: Event) {
    ev.preventDefault();
    submitStatus.className = 'status';
    submitStatus.textContent = m.signingIn;
    try {
      who = await server.signIn(email.value, password.value);
      password.value = '';
      submitStatus.textContent = '';
      renderSubmit();
    } catch (e) {
      fromError(e);
    }
  }

  async function doSubmit(button: HTMLButtonElement) {
    if (!who || busy) return;
    button.disabled = true;
    submitStatus.className = 'status';
    submitStatus.textContent = m.submitting;
    clear(receiptBox);
    try {
      const bytes = await port.documentFile();
      pendingKey = pendingKey ?? newIdempotencyKey();
      const r = await server.submit(who, bytes, m.fileName, pendingKey);
      pendingKey = null;
      submitStatus.textContent = '';
      receiptBox.appendChild(h('h3', {}, [m.receiptTitle]));
      receiptBox.appendChild(h('p', { className: 'receipt-number' }, [r.message]));
      receiptBox.appendChild(h('p', {}, [m.receiptAt(hanoiTime(r.submittedAt))]));
      receiptBox.appendChild(h('p', { className: 'sha' }, [m.receiptSha(r.sha256)]));
      if (r.replayed) receiptBox.appendChild(h('p', {}, [m.receiptReplayed]));
    } catch (e) {
      fromError(e);
    } finally {
      button.disabled = false;
    }
  }

  function renderSubmit() {
    clear(submitBody);
    if (!who) {
      submitBody.appendChild(h('p', {}, [m.signInHint]));
      submitBody.appendChild(
        h('form', { className: 'signin', onsubmit: (e: Event) => void doSignIn(e) }, [
          h('label', { for: 'cds-email' }, [m.email]),
          email,
          h('label', { for: 'cds-password' }, [m.password]),
          password,
          h('button', { type: 'submit' }, [m.signIn]),
        ]),
      );
      return;
    }
    const current = who;
    const submitButton = h('button', { type: 'button', className: 'primary' }, [m.submit]) as HTMLButtonElement;
    submitButton.addEventListener('click', () => void doSubmit(submitButton));
    submitBody.appendChild(
      h('p', {}, [
        m.signedInAs(current.name, current.agency ? current.agency.name : null),
        ' ',
        h(
          'a',
          {
            href: '#',
            onclick: (e: Event) => {
              e.preventDefault();
              who = null;
              clear(receiptBox);
              renderSubmit();
            },
          },
          [m.signOut],
        ),
      ]),
    );
    submitBody.appendChild(h('p', { className: 'note' }, [m.submitHint]));
    submitBody.appendChild(submitButton);
  }
  renderSubmit();

  // Diagnostics: what this Word can do, sent to the administrators when signed in.
  const diagStatus = h('p', { className: 'status', role: 'status', 'aria-live': 'polite' });
  const diagResult = h('div', { className: 'diag' });
  const diagButton = h('button', { type: 'button' }, [m.diagRun]) as HTMLButtonElement;
  diagButton.addEventListener('click', () => void diagnose());
  async function diagnose() {
    if (busy) return;
    diagButton.disabled = true;
    diagStatus.className = 'status';
    diagStatus.textContent = m.diagRunning;
    clear(diagResult);
    try {
      const r = await port.diagnose();
      const passed = r.steps.filter((s) => s.ok).length;
      const c = r.capabilities;
      diagResult.appendChild(h('p', {}, [m.diagWord(c.host, c.platform, c.version)]));
      diagResult.appendChild(h('p', {}, [m.diagWebview(c.webview, c.wordApiMinor ?? 0)]));
      diagResult.appendChild(
        h(
          'ul',
          {},
          r.steps.map((s) =>
            h('li', { className: s.ok ? 'ok' : 'ko' }, [`${s.ok ? '✓' : '✗'} ${s.name}`, s.fallback ? ` (${s.fallback})` : '', s.error ? `: ${s.error}` : '']),
          ),
        ),
      );
      diagStatus.textContent = m.diagPassed(passed, r.steps.length);
      if (who) {
        await server.sendDiagnostics(who, r);
        diagStatus.textContent = `${m.diagPassed(passed, r.steps.length)} ${m.diagSent}`;
      } else diagStatus.textContent = `${m.diagPassed(passed, r.steps.length)} ${m.diagSignIn}`;
    } catch (e) {
      diagStatus.textContent = m.failed(e instanceof Error ? e.message : String(e));
      diagStatus.className = 'status error';
    } finally {
      diagButton.disabled = false;
    }
  }

  clear(root);
  root.appendChild(
    h('div', { className: 'pane' }, [
      h('header', {}, [h('h1', {}, [m.title]), h('span', { className: 'mode' }, [m.mode])]),
      h('p', { className: 'why' }, [m.why]),
      h('div', { className: 'toolbar' }, [validateButton, insertButton]),
      status,
      summary,
      list,
      h('section', { className: 'submit' }, [
        h('h2', {}, [m.submitTitle]),
        submitBody,
        submitStatus,
        receiptBox,
        h('p', { className: 'note other' }, [m.otherWays, ' ', h('a', { href: options.uploadUrl, target: '_blank', rel: 'noopener' }, [m.submitLink])]),
      ]),
      h('section', { className: 'diagnostics' }, [h('h2', {}, [m.diagTitle]), h('p', { className: 'note' }, [m.diagHint]), diagButton, diagStatus, diagResult]),
    ]),
  );
  return { validate };
}

/** Outside Office (a browser opened on the page): say where it belongs. */
export function mountOutsideOffice(root: HTMLElement): void {
  clear(root);
  root.appendChild(
    h('div', { className: 'pane' }, [
      h('header', {}, [h('h1', {}, [m.title]), h('span', { className: 'mode' }, [m.mode])]),
      h('p', { className: 'why' }, [m.outsideOffice]),
    ]),
  );
}
