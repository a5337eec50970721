import { QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { CytoscapeProvider, ExplorerDataProvider } from '../features/explorer';
import { createQueryClient } from './query-client';

export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <ExplorerDataProvider>
        <CytoscapeProvider>{children}</CytoscapeProvider>
      </ExplorerDataProvider>
    </QueryClientProvider>
  );
}
