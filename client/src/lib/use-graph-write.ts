import { useMutation, useQueryClient } from '@tanstack/react-query';
import { afterGraphChange } from './graph-changed';
import { useWriteToken } from './write-token';

/**
 * A write with the session's token. `onWritten` runs first, while the panel that asked is still
 * there (a removal replaces it with what went); then everything the graph answers is refetched,
 * and the mutation stays pending until what is on screen shows the change.
 */
export function useGraphWrite<Variables, Result>(
  write: (variables: Variables, token: string) => Promise<Result>,
  onWritten?: (result: Result, variables: Variables) => void,
) {
  const queryClient = useQueryClient();
  const token = useWriteToken();
  return useMutation({
    mutationFn: (variables: Variables) => write(variables, token),
    onSuccess: async (result, variables) => {
      onWritten?.(result, variables);
      await afterGraphChange(queryClient);
    },
  });
}
