import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { OutsideOffice } from './panels/OutsideOffice.js';
import { Shell } from './Shell.js';

/**
 * Waits for office.js (Office.onReady), then renders the pane; in a plain browser
 * (office.js answers with no host, or never loaded) it shows why nothing works here.
 */
const root = createRoot(document.getElementById('root')!);
const office = (globalThis as { Office?: typeof Office }).Office;
const outside = () =>
  root.render(
    <Shell>
      <OutsideOffice />
    </Shell>,
  );
if (!office?.onReady) outside();
else
  void office.onReady().then((info) => {
    if (info.host === null || info.host === undefined) outside();
    else
      root.render(
        <Shell>
          <App />
        </Shell>,
      );
  });
