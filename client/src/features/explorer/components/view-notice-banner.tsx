import { dismissNotice, useViewNotice } from '../location/location-store';

/** What could not be opened of a link or saved view; the rest of the view is on the canvas. */
export function ViewNoticeBanner() {
  const notice = useViewNotice();
  if (!notice) return null;
  return (
    <div className="view-notice" role="alert" data-testid="view-notice">
      <p>{notice.message}</p>
      {notice.details.length > 0 && (
        <ul>
          {notice.details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
      <button type="button" className="link-button" onClick={dismissNotice}>
        Dismiss
      </button>
    </div>
  );
}
