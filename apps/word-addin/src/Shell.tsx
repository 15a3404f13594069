import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/** Fluent's light theme, as Office's own panes look. */
export function Shell({ children }: { children: ReactNode }) {
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh' }}>
      {children}
    </FluentProvider>
  );
}
