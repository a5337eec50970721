import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { CytoscapeProvider, ExplorerDataProvider } from '../features/explorer';

export function AppProviders({
  queryClient,
  children,
}: {
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <ExplorerDataProvider>
        <CytoscapeProvider>{children}</CytoscapeProvider>
      </ExplorerDataProvider>
    </QueryClientProvider>
  );
}
