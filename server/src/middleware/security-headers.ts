import helmet from 'helmet';

/**
 * A strict Content-Security-Policy the client fully works under: scripts only from this origin
 * (the built client has no inline script), no plugins, no framing. Styles allow inline because
 * React and Cytoscape set element styles; images allow data: and blob: for exports.
 */
export const securityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'script-src-attr': ["'none'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
    },
  },
  // Parley is often served over plain HTTP on a laptop or an intranet; HSTS would lock that out.
  strictTransportSecurity: false,
});
