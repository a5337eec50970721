import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { PartyPickerProvider, type RenderPartyPicker } from '../components/party-picker';
import { CytoscapeProvider, ExplorerDataProvider } from '../features/explorer';
import { PartySearch } from '../features/search';

/** Pickers inside features search the graph through the search feature. */
const renderPartySearch: RenderPartyPicker = (props) => <PartySearch {...props} />;

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
        <CytoscapeProvider>
          <PartyPickerProvider value={renderPartySearch}>{children}</PartyPickerProvider>
        </CytoscapeProvider>
      </ExplorerDataProvider>
    </QueryClientProvider>
  );
}
