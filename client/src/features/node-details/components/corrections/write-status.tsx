import { describeWriteError, isApiError } from '../../../../lib/api-error';

/** How a write ended: a short confirmation, or what went wrong with the fields the server named. */
export function WriteStatus(props: { isSuccess: boolean; error: Error | null; done: string }) {
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
      <p className="write-done" role="status">
        {props.done}
      </p>
    );
  return null;
}
