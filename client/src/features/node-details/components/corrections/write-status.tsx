import { useEffect, useRef } from 'react';
import { describeWriteError, isApiError } from '../../../../lib/api-error';

/**
 * How a write ended: a short confirmation, or what went wrong with the fields the server named.
 * The confirmation takes the focus: the form that sent the write starts afresh from the graph's
 * answer, and the button that had the focus goes with it.
 */
export function WriteStatus(props: { isSuccess: boolean; error: Error | null; done: string }) {
  const confirmation = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (props.isSuccess) confirmation.current?.focus();
  }, [props.isSuccess]);
  if (props.error)
    return (
      <div className="write-error" role="alert">
        <p>{describeWriteError(props.error)}</p>
        {isApiError(props.error) && props.error.details.length > 0 && (
          <ul>
            {props.error.details.map((d) => (
              <li key={`${d.path}:${d.message}`}>
                <strong>{d.path || 'request'}:</strong> {d.message}
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  if (props.isSuccess)
    return (
      <p className="write-done" role="status" ref={confirmation} tabIndex={-1}>
        {props.done}
      </p>
    );
  return null;
}
